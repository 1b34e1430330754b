#!/bin/sh
# Golden tests: every expected output here came from Go 1.19 (the oracle).
#   testdata/run/X.go     `gosub run X.go` (stdout+stderr) must equal X.out, exit
#                         status X.exit (default 0). After a panic, comparison
#                         stops at the first "goroutine N [" line: frames and
#                         addresses differ by design. X.in, when present, is
#                         the program's stdin (else /dev/null). X.env, when
#                         present, holds sh assignments (NAME=value lines,
#                         `TZ=` for an empty value) exported to the program's
#                         run only; its X.out came from `NAME=value go run X.go`.
#   testdata/errors/X.go  `gosub build X.go` stderr must equal X.err (go build's),
#                         exit status 2 (go build exits 2 on compile errors).
#   testdata/escape/X.go  errorcheck: tests/errorcheck.sh (// ERROR "re" annotations).
# Ends with "N passed, N failed"; exits 1 when anything failed.
# The programs run GOLDEN_JOBS at a time (default: the number of cores);
# GOLDEN_JOBS=1 runs them one by one.  GOLDEN_ONLY=REGEX keeps the test
# files whose path matches (a quick check).
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
ROOT=$(pwd)
# GCSTRESS=1: every program runs with a collection at every allocation; the
# output must not change. Two per-program exceptions, honoured only under
# GCSTRESS=1, each a line in the .go file that must give its reason:
#   // gosub:gcstress=N <reason>  a collection every N allocations instead
#                                  (a big live heap makes N=1 quadratic);
#   // gosub:nostress <reason>    no stress at all (the output depends on
#                                  when collections happen, as in Go).
# INCGC=1: incremental marking (GOSUBDEBUG=incgc=1); with GCSTRESS=1 every
# stress point is then a small step of an incremental cycle, so programs
# run with a partly marked heap and a missing write barrier loses objects.
if [ "${INCGC:-0}" = 1 ]; then GOSUBDEBUG="${GOSUBDEBUG:+$GOSUBDEBUG,}incgc=1"; export GOSUBDEBUG; fi
STRESS_BASE="${GOSUBDEBUG:-}"
stress_env() {
  [ "${GCSTRESS:-0}" = 1 ] || return 0
  if grep -q '^// gosub:nostress ' "$1"; then GOSUBDEBUG="$STRESS_BASE"; export GOSUBDEBUG; return 0; fi
  n=$(sed -n 's|^// gosub:gcstress=\([0-9][0-9]*\) .*|\1|p' "$1" | head -n 1)
  GOSUBDEBUG="${STRESS_BASE:+$STRESS_BASE,}gcstress=${n:-1}"; export GOSUBDEBUG
}
# The compiler allocates from an arena it never frees (by design): under
# SAN=1 LeakSanitizer would report that at every exit.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"; export ASAN_OPTIONS

# The panic text up to the first goroutine header; the pc of a
# "[signal SIGSEGV ...]" line is an address, so it is masked (addr is not).
cut_trace() { awk '/^goroutine [0-9]+ \[/ { exit } /^\[signal / { sub(/pc=0x[0-9a-f]+/, "pc=PC") } { print }' "$1"; }

# One test: sh tests/golden.sh --one FILE, run by the loop below with
# GOLDEN_TMP set.  It leaves $GOLDEN_TMP/KEY.pass, or KEY.fail holding
# the difference.
if [ "${1:-}" = --one ]; then
  f=$2; base=${f%.go}; name=$(basename "$base"); key=$(echo "$f" | tr / _)
  W="$GOLDEN_TMP/$key"
  case "$f" in
  testdata/run/*)
    want_exit=0; [ -f "$base.exit" ] && want_exit=$(cat "$base.exit")
    stress_env "$f"
    in=/dev/null; [ -f "$base.in" ] && in="$ROOT/$base.in"  # X.in: the program's stdin
    (cd testdata/run && { [ ! -f "$name.env" ] || { set -a; . "./$name.env"; set +a; }; } &&
      timeout 60 "$GOSUB" run "$name.go" <"$in" >"$W.out" 2>&1); code=$?
    cut_trace "$W.out" >"$W.got"; cut_trace "$base.out" >"$W.want"
    if [ "$code" = "$want_exit" ] && cmp -s "$W.got" "$W.want"; then : >"$W.pass"; else
      { diff "$W.want" "$W.got"; echo "exit $code want $want_exit"; } >"$W.d" 2>&1; mv "$W.d" "$W.fail"; fi ;;
  testdata/errors/*)
    (cd testdata/errors && timeout 60 "$GOSUB" build -o /dev/null "$name.go" >"$W.got" 2>&1); code=$?
    # the test directory's absolute path (the physical file of a //line
    # position, quoted in brackets) is $DIR in the recorded .err
    dir=$(cd testdata/errors && pwd)
    sed "s|$dir/|\$DIR/|g" "$W.got" >"$W.out"
    if [ "$code" = 2 ] && cmp -s "$W.out" "$base.err"; then : >"$W.pass"; else
      diff "$base.err" "$W.out" >"$W.d" 2>&1; mv "$W.d" "$W.fail"; fi ;;
  testdata/escape/*)
    if GOSUB="$GOSUB" sh tests/errorcheck.sh "$f" >"$W.d" 2>&1; then : >"$W.pass"; else mv "$W.d" "$W.fail"; fi ;;
  esac
  rm -f "$W.out" "$W.got" "$W.want" "$W.d"
  exit 0
fi

GOLDEN_TMP=$(mktemp -d); export GOLDEN_TMP GOSUB
trap 'rm -rf "$GOLDEN_TMP"' EXIT
JOBS=${GOLDEN_JOBS:-$(nproc 2>/dev/null || echo 2)}
# Programs that time testing.Benchmark loops run for seconds: they start
# first, so the run does not end waiting on one of them alone.
{ grep -l 'testing\.Benchmark' testdata/run/*.go; ls testdata/run/*.go testdata/errors/*.go testdata/escape/*.go; } 2>/dev/null |
  awk '!seen[$0]++' | grep -E -e "${GOLDEN_ONLY:-.}" | xargs -P "$JOBS" -n 1 sh tests/golden.sh --one
pass=$(ls "$GOLDEN_TMP" | grep -c '\.pass$')
fail=$(ls "$GOLDEN_TMP" | grep -c '\.fail$')
for r in "$GOLDEN_TMP"/*.fail; do
  [ -e "$r" ] || continue
  f=$(basename "$r" .fail | sed 's|^testdata_\([a-z]*\)_|testdata/\1/|')
  echo "FAIL $f"; [ -n "${VERBOSE:-}" ] && cat "$r"
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
