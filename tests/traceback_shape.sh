#!/bin/sh
# tests/traceback_shape.sh: the whole traceback of a crashing program, not
# just the part before the first "goroutine N [" line that tests/golden.sh
# compares, checked against Go's.  For each program both `go run` and
# `gosub run` are run and their output from the first goroutine header on
# is reduced to its shape:
#   - headers "goroutine N [reason]:" (every N but 1 becomes N: Go's ids of
#     user goroutines depend on how many runtime goroutines it started);
#   - frames of the program's own file: function name and file:line, the
#     "+0x.." offset dropped, a non-empty argument list written "(...)"
#     (gosub does not print argument words);
#   - "created by F" with the go statement's file:line;
#   - blank lines and "exit status N".
# Frames of other files (Go's runtime and sync internals, gosub's standard
# packages) are dropped on both sides.  Needs go; without it, skipped.
# Ends with "N passed, N failed"; exits 1 when anything failed.
#   sh tests/traceback_shape.sh [X.go ...]   (default: the list below)
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
command -v go >/dev/null 2>&1 || { echo "traceback_shape: go not found, skipped"; exit 0; }
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"; export ASAN_OPTIONS
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

shape() { # file, the program's path as it appears in frames
  awk -v src="$2" '
    function fnshape(s,   i) {
      if (s ~ /\(\)$/) return s
      if (match(s, /\([^()]*\)$/)) return substr(s, 1, RSTART - 1) "(...)"
      return s
    }
    /^goroutine [0-9]+ \[/ { on = 1 }
    !on { next }
    /^goroutine [0-9]+ \[/ {
      if ($2 != "1") sub(/^goroutine [0-9]+/, "goroutine N")
      print; fn = ""; next
    }
    /^created by / { fn = $0; created = 1; next }
    /^\t/ {
      loc = $0; sub(/ \+0x[0-9a-f]+$/, "", loc)
      if (created) print fn; else if (index(loc, src ":") == 2) print fnshape(fn)
      if (created || index(loc, src ":") == 2) print loc
      fn = ""; created = 0; next
    }
    /^$/ || /^exit status / { print; next }
    { fn = $0; created = 0 }
  ' "$1"
}

progs="$*"
[ -n "$progs" ] || progs="conc_created_by conc_deadlock_crowd conc_deadlock_many conc_panic_goroutine
  panic_goroutine conc_deadlock conc_unlock_unlocked conc_send_closed conc_negative_wg
  panic_nested panic_custom_error panic_inlined_frames qa7g_select_deadlock"
# SAN=1: ASan builds do not unwind parked goroutines (sched_trace.c), so
# the reports that list parked goroutines are left out
if [ "${SAN:-0}" = 1 ] && [ -z "$*" ]; then
  progs=$(echo $progs | tr ' ' '\n' | grep -v -e '^conc_deadlock_crowd$' -e '^conc_deadlock_many$')
fi
pass=0; fail=0; failed=""
for p in $progs; do
  name=$(basename "${p%.go}")
  f=testdata/run/$name.go
  [ -f "$f" ] || continue
  src="$(pwd)/$f"
  (cd testdata/run && go run "$name.go" </dev/null >"$TMP/go.out" 2>&1)
  (cd testdata/run && timeout 60 "$GOSUB" run "$name.go" </dev/null >"$TMP/gosub.out" 2>&1)
  shape "$TMP/go.out" "$src" >"$TMP/want"
  shape "$TMP/gosub.out" "$src" >"$TMP/got"
  if [ -s "$TMP/want" ] && cmp -s "$TMP/want" "$TMP/got"; then pass=$((pass+1)); else
    fail=$((fail+1)); failed="$failed $name"
    [ -n "${VERBOSE:-}" ] && diff "$TMP/want" "$TMP/got"
  fi
done
for n in $failed; do echo "FAIL $n"; done
echo "traceback shape: $pass passed, $fail failed"
[ "$fail" = 0 ]
