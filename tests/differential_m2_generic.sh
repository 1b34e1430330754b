#!/bin/sh
# -m=2 measurement of generic code (not a pass/fail gate): for every
# program that declares type parameters, is `gosub build -gcflags=-m=2`
# identical to `go build -gcflags=-m=2`?  Each file is compiled from a copy
# in a scratch directory of its own (as differential.sh's COPY mode), so
# neither compiler sees its neighbours and go's cache replays nothing stale.
# Prints the programs that differ (with DIFF=N the first N lines of each
# diff) and "m=2 generic identical: N/M".
# Usage: sh tests/differential_m2_generic.sh [FILE...]
#   default: the testdata/run programs that declare type parameters;
#   CORPUS=typeparam: Go's test/typeparam `// run` programs whose imports
#   are in gosub's subset (conformance_run.sh's eligibility).
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
GOROOT_TEST=${GOROOT_TEST:-/usr/lib/go-1.19/test}
if ! command -v go >/dev/null 2>&1; then echo "differential_m2_generic: go not installed, skipped"; exit 0; fi
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"; export ASAN_OPTIONS
GOCACHE="${DIFF_GOCACHE:-${HOME:-/tmp}/.cache/gosub-differential}"; export GOCACHE
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
export GOSUB TMP DIFF
SUBSET=" fmt os strings strconv errors sort math unicode unicode/utf8 bytes sync sync/atomic runtime runtime/debug time unsafe bufio io io/fs io/ioutil log math/rand math/bits math/cmplx container/heap container/list container/ring path path/filepath encoding/hex encoding/binary hash hash/fnv unicode/utf16 context flag encoding/base64 crypto/sha256 crypto/md5 crypto/sha1 text/tabwriter "
# A file declares type parameters when a top-level func or type name is
# followed directly by '[' (gofmt writes `type A [4]int` with a space).
generic_files() {
  grep -l -E '^(func|type) [A-Za-z_][A-Za-z_0-9]*\[' "$@"
}
typeparam_files() {
  for f in "$GOROOT_TEST"/typeparam/*.go; do
    [ "$(head -1 "$f")" = "// run" ] || continue
    imps=$(awk '/^import \(/ {g=1; next} g && /^\)/ {g=0} g {print} /^import "/ {print $2} /^import [a-zA-Z_.]+ "/ {print $3}' "$f" | grep -o '"[^"]*"' | tr -d '"')
    ok=1
    for i in $imps; do case "$SUBSET" in *" $i "*) ;; *) ok=0 ;; esac; done
    [ $ok = 1 ] && echo "$f"
  done
}
if [ $# -gt 0 ]; then printf '%s\n' "$@"
elif [ "${CORPUS:-}" = typeparam ]; then typeparam_files
else generic_files testdata/run/*.go; fi | xargs -P 2 -I{} sh -c '
  f="{}"; name=$(basename "$f"); key=$(echo "$f" | tr / _)
  dir="$TMP/$key.d"; mkdir -p "$dir"; cp "$f" "$dir/$name"
  (cd "$dir" && GOFLAGS= go build -o "$TMP/$key.bin" -gcflags=-m=2 "$name" >"$TMP/$key.want" 2>&1)
  (cd "$dir" && CC=true "$GOSUB" build -o "$TMP/$key.bin" -gcflags=-m=2 "$name" >"$TMP/$key.got" 2>&1)
  rm -f "$TMP/$key.bin"
  if cmp -s "$TMP/$key.want" "$TMP/$key.got"; then echo pass >"$TMP/$key.res"; else
    echo fail >"$TMP/$key.res"
    { echo "DIFF $f $(diff "$TMP/$key.want" "$TMP/$key.got" | grep -c "^[<>]")"; [ -n "$DIFF" ] && diff "$TMP/$key.want" "$TMP/$key.got" | head -"$DIFF"; } >"$TMP/$key.log"; fi'
cat "$TMP"/*.log 2>/dev/null
pass=$(cat "$TMP"/*.res | grep -c pass); total=$(cat "$TMP"/*.res | wc -l)
echo "m=2 generic identical: $pass/$total"
