#!/bin/sh
# Differential tests against the oracle: for every program in testdata/run
# and examples/, `go build -gcflags=FLAGS` and `gosub build -gcflags=FLAGS`
# must print the same diagnostics, for FLAGS in '-m -l' and '-m'; for every
# file of testdata/escape, with '-m=2' and '-m -m'.  A list line may name
# the program followed by "-m=2": that program is compared with '-m=2' and
# '-m -m' as well.
# Skipped (with a message) when go is not installed.
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
if ! command -v go >/dev/null 2>&1; then echo "differential: go not installed, skipped"; exit 0; fi
if [ ! -f tests/differential.list ]; then echo "differential: no programs enabled yet (tests/differential.list)"; exit 0; fi
# The compiler allocates from an arena it never frees (by design): under
# SAN=1 LeakSanitizer would report that at every exit.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"; export ASAN_OPTIONS
# go replays a cached compile's -m output verbatim, paths included: an entry
# another user created by building from elsewhere (go build testdata/run/x.go)
# would print testdata/run/x.go where ./x.go is expected.  A cache of our own.
GOCACHE="${DIFF_GOCACHE:-${HOME:-/tmp}/.cache/gosub-differential}"; export GOCACHE
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
# One worker per program, two at a time (CI has 2 cores). gosub's C
# compile and link are skipped (CC=true): only the compile step's -m output
# is compared here; the golden tests build and run every program anyway.
export GOSUB TMP
# compare FLAGSETS ('|'-separated) over the files on stdin.  Outputs go to
# regular files ($TMP/$key.bin): never -o /dev/null.  With COPY=1 each file
# is compiled from a copy ending in a unique comment: go build replays no
# -m output for a non-main package found in its build cache.
compare() {
  FLAGSETS="$1" COPY="$2" xargs -P 2 -I{} sh -c '
  f="{}"; dir=$(dirname "$f"); name=$(basename "$f"); key=$(echo "$f" | tr / _)
  if [ "$COPY" = 1 ]; then
    dir="$TMP/$key.d"; mkdir -p "$dir"; cp "$f" "$dir/$name"
  fi
  IFS="|"; for flags in $FLAGSETS; do
    [ "$COPY" = 1 ] && echo "// differential $(date +%s%N)" >>"$dir/$name"
    (cd "$dir" && GOFLAGS= go build -o "$TMP/$key.bin" -gcflags="$flags" "$name" >"$TMP/$key.want" 2>&1)
    (cd "$dir" && CC=true "$GOSUB" build -o "$TMP/$key.bin" -gcflags="$flags" "$name" >"$TMP/$key.got" 2>&1)
    rm -f "$TMP/$key.bin"
    if cmp -s "$TMP/$key.want" "$TMP/$key.got"; then echo pass >>"$TMP/$key.res"; else
      { echo "FAIL $f [$flags]"; diff "$TMP/$key.want" "$TMP/$key.got" | head -20; } >>"$TMP/$key.log"; echo fail >>"$TMP/$key.res"; fi
  done'
}
grep -v -e '^#' -e '^$' tests/differential.list | awk '!seen[$1]++ { print $1 }' | compare "-m -l|-m"
grep -v -e '^#' -e '^$' tests/differential.list | awk '$2 == "-m=2" && !seen[$1]++ { print $1 }' | compare "-m=2|-m -m"
# testdata/escape (errorcheck files, mostly non-main packages): the -m=2
# explanations too, spelled both ways
ls testdata/escape/*.go | compare "-m=2|-m -m" 1
cat "$TMP"/*.log 2>/dev/null
pass=$(cat "$TMP"/*.res 2>/dev/null | grep -c pass)
fail=$(cat "$TMP"/*.res 2>/dev/null | grep -c fail)
echo "differential: $pass passed, $fail failed"
[ "$fail" = 0 ]
