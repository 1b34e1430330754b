#!/bin/sh
# -m=2 measurement (not a pass/fail gate): for every testdata/run program,
# is `gosub build -gcflags=-m=2` identical to `go build -gcflags=-m=2`?
# Prints the programs that differ (with DIFF=1 the first lines of each
# diff) and "m=2 identical: N/M". Skipped when go is not installed.
# Usage: sh tests/differential_m2.sh [FILE...]   (default testdata/run/*.go)
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
if ! command -v go >/dev/null 2>&1; then echo "differential_m2: go not installed, skipped"; exit 0; fi
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"; export ASAN_OPTIONS
# go replays a cached compile's -m output verbatim, paths included: an entry
# another user created by building from elsewhere (go build testdata/run/x.go)
# would print testdata/run/x.go where ./x.go is expected.  A cache of our own.
GOCACHE="${DIFF_GOCACHE:-${HOME:-/tmp}/.cache/gosub-differential}"; export GOCACHE
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
export GOSUB TMP DIFF
if [ $# -gt 0 ]; then printf '%s\n' "$@"; else ls testdata/run/*.go; fi | xargs -P 2 -I{} sh -c '
  f="{}"; dir=$(dirname "$f"); name=$(basename "$f"); key=$(echo "$f" | tr / _)
  (cd "$dir" && GOFLAGS= go build -o "$TMP/$key.bin" -gcflags=-m=2 "$name" >"$TMP/$key.want" 2>&1)
  (cd "$dir" && CC=true "$GOSUB" build -o "$TMP/$key.bin" -gcflags=-m=2 "$name" >"$TMP/$key.got" 2>&1)
  rm -f "$TMP/$key.bin"
  if cmp -s "$TMP/$key.want" "$TMP/$key.got"; then echo pass >"$TMP/$key.res"; else
    echo fail >"$TMP/$key.res"
    { echo "DIFF $f"; [ -n "$DIFF" ] && diff "$TMP/$key.want" "$TMP/$key.got" | head -"$DIFF"; } >"$TMP/$key.log"; fi'
cat "$TMP"/*.log 2>/dev/null
pass=$(cat "$TMP"/*.res | grep -c pass); total=$(cat "$TMP"/*.res | wc -l)
echo "m=2 identical: $pass/$total"
