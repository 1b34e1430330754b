#!/bin/sh
# Differential tests against the oracle: for every program in testdata/run
# and examples/, `go build -gcflags=FLAGS` and `gosub build -gcflags=FLAGS`
# must print the same diagnostics, for FLAGS in '-m -l' and '-m'; for every
# file of testdata/escape, with '-m=2' and '-m -m'.  A list line may name
# the program followed by "-m=2": that program is compared with '-m=2' and
# '-m -m' as well.
#
# go's outputs are recorded in testdata/oracle/ (one file per program: the
# program's sha1, then one "=== flags F" section per flag set, each exactly
# what `go build -gcflags=F` printed), so a run does not pay for go's
# compile and link of every program.  A program without a recorded output,
# or whose source changed since, is compared with a live go build (when go
# is installed) and listed at the end.  Recording needs go 1.19:
#   DIFF_RECORD=1 sh tests/differential.sh    records what is missing or stale
#   DIFF_RECORD=all sh tests/differential.sh  records everything again
#   DIFF_LIVE=1 sh tests/differential.sh      ignores the records
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
HAVE_GO=1; command -v go >/dev/null 2>&1 || HAVE_GO=0
if [ $HAVE_GO = 0 ] && [ "${DIFF_RECORD:-0}" != 0 ]; then echo "differential: recording needs go"; exit 1; fi
[ $HAVE_GO = 0 ] && echo "differential: go not installed: only programs with recorded outputs are compared"
ORACLE="$(pwd)/testdata/oracle"; mkdir -p "$ORACLE"
RECORD=${DIFF_RECORD:-0} LIVE=${DIFF_LIVE:-0}
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
export GOSUB TMP ORACLE HAVE_GO RECORD LIVE
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
  store="$ORACLE/$key.txt"; sum="source $(sha1sum <"$f" | cut -c1-40)"
  IFS="|"; for flags in $FLAGSETS; do
    valid=0; [ -f "$store" ] && [ "$(head -n 1 "$store")" = "$sum" ] && valid=1
    if [ "$RECORD" != all ] && [ "$LIVE" = 0 ] && [ $valid = 1 ] && grep -qxF "=== flags $flags" "$store"; then
      awk -v h="=== flags $flags" "\$0 == h { on = 1; next } /^=== flags / { on = 0 } on" "$store" >"$TMP/$key.want"
    elif [ "$HAVE_GO" = 1 ]; then
      [ "$COPY" = 1 ] && echo "// differential $(date +%s%N)" >>"$dir/$name"
      (cd "$dir" && GOFLAGS= go build -o "$TMP/$key.bin" -gcflags="$flags" "$name" >"$TMP/$key.want" 2>&1)
      [ "$COPY" = 1 ] && sed -i "s|$dir/||g" "$TMP/$key.want"
      if [ "$RECORD" != 0 ]; then
        # a new record unless this run already started it or it is
        # valid and only lacks this flag set
        if [ ! -f "$TMP/$key.rec" ] && { [ $valid = 0 ] || [ "$RECORD" = all ]; }; then echo "$sum" >"$store"; fi
        : >"$TMP/$key.rec"
        { echo "=== flags $flags"; cat "$TMP/$key.want"; } >>"$store"
      else echo "$f [$flags]" >>"$TMP/$key.live"; fi
    else
      echo "$f [$flags]" >>"$TMP/$key.skip"; continue
    fi
    (cd "$dir" && CC=true "$GOSUB" build -o "$TMP/$key.bin" -gcflags="$flags" "$name" >"$TMP/$key.got" 2>&1)
    # copies live in temporary directories: a full path in an error is spelled relative
    [ "$COPY" = 1 ] && sed -i "s|$dir/||g" "$TMP/$key.got"
    rm -f "$TMP/$key.bin"
    if cmp -s "$TMP/$key.want" "$TMP/$key.got"; then echo pass >>"$TMP/$key.res"; else
      { echo "FAIL $f [$flags]"; diff "$TMP/$key.want" "$TMP/$key.got" | head -20; } >>"$TMP/$key.log"; echo fail >>"$TMP/$key.res"; fi
  done'
}
# DIFF_LIST, DIFF_ESCAPE: another list, other escape files (a quick check)
LIST=${DIFF_LIST:-tests/differential.list}
grep -v -e '^#' -e '^$' "$LIST" | awk '!seen[$1]++ { print $1 }' | compare "-m -l|-m"
grep -v -e '^#' -e '^$' "$LIST" | awk '$2 == "-m=2" && !seen[$1]++ { print $1 }' | compare "-m=2|-m -m"
# testdata/escape (errorcheck files, mostly non-main packages): the -m=2
# explanations too, spelled both ways
ls ${DIFF_ESCAPE:-testdata/escape/*.go} | compare "-m=2|-m -m" 1
cat "$TMP"/*.log 2>/dev/null
if ls "$TMP"/*.live >/dev/null 2>&1; then
  echo "differential: compared with a live go build (no recorded output, or the program changed; DIFF_RECORD=1 records):"
  cat "$TMP"/*.live | sed 's/^/  /'
fi
if ls "$TMP"/*.skip >/dev/null 2>&1; then echo "differential: skipped (no go, no recorded output): $(cat "$TMP"/*.skip | wc -l)"; fi
pass=$(cat "$TMP"/*.res 2>/dev/null | grep -c pass)
fail=$(cat "$TMP"/*.res 2>/dev/null | grep -c fail)
echo "differential: $pass passed, $fail failed"
[ "$fail" = 0 ]
