#!/bin/sh
# Runs the pending generics programs through gosub and compares with the
# oracle's files (all made by Go 1.19):
#   X.out/X.exit  `gosub run X.go` output and exit status (after a panic the
#                 comparison stops at the first "goroutine N [" line, as in
#                 tests/golden.sh);
#   X.m / X.ml    `gosub build -gcflags=-m` / `-gcflags='-m -l'` diagnostics
#                 (C compile and link skipped with CC=true).
# Usage (from the repo root): sh testdata/pending_generics/check.sh [gen_x.go ...]
# Prints one line per program: name, run ok/FAIL, -m ok/FAIL, -m -l ok/FAIL,
# and for a failure the first differing line; VERBOSE=1 prints whole diffs.
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
DIR=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
cut_trace() { awk '/^goroutine [0-9]+ \[/ { exit } /^\[signal / { sub(/pc=0x[0-9a-f]+/, "pc=PC") } { print }' "$1"; }
# first_diff WANT GOT: the first line where they differ, "want | got"
first_diff() {
  diff "$1" "$2" | awk '/^</ && !w { w = substr($0, 3) } /^>/ && !g { g = substr($0, 3) } END { printf "want %s | got %s", (w == "" ? "(nothing)" : w), (g == "" ? "(nothing)" : g) }'
}
# the programs and their run outputs live in testdata/run (golden tests);
# this directory keeps only the -m expectations
[ $# -eq 0 ] && set -- $(cd "$DIR" && ls gen_*.m | sed 's/\.m$/.go/')
cd "$DIR/../run" || exit 1
runs=0; ms=0; mls=0; n=0
for f in "$@"; do
  f=$(basename "$f"); b=${f%.go}; n=$((n+1))
  want_exit=0; [ -f "$b.exit" ] && want_exit=$(cat "$b.exit")
  timeout 60 "$GOSUB" run "$f" </dev/null >"$TMP/out" 2>&1; code=$?
  cut_trace "$TMP/out" >"$TMP/got"; cut_trace "$b.out" >"$TMP/want"
  if [ "$code" = "$want_exit" ] && cmp -s "$TMP/got" "$TMP/want"; then r=ok; runs=$((runs+1)); else
    r="FAIL(exit $code want $want_exit; $(first_diff "$TMP/want" "$TMP/got"))"
    [ -n "${VERBOSE:-}" ] && diff "$TMP/want" "$TMP/got"; fi
  CC=true "$GOSUB" build -o "$TMP/bin" -gcflags=-m "$f" >"$TMP/m" 2>&1
  if cmp -s "$TMP/m" "$DIR/$b.m"; then m=ok; ms=$((ms+1)); else m="FAIL($(first_diff "$DIR/$b.m" "$TMP/m"))"; fi
  CC=true "$GOSUB" build -o "$TMP/bin" -gcflags='-m -l' "$f" >"$TMP/ml" 2>&1
  if cmp -s "$TMP/ml" "$DIR/$b.ml"; then ml=ok; mls=$((mls+1)); else ml="FAIL($(first_diff "$DIR/$b.ml" "$TMP/ml"))"; fi
  rm -f "$TMP/bin"
  echo "$b: run $r; -m $m; -m -l $ml"
done
echo "pending_generics: run $runs/$n, -m $ms/$n, -m -l $mls/$n"
