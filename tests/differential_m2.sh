#!/bin/sh
# -m=2 measurement (not a pass/fail gate): for every program, is
# `gosub build -gcflags=-m=2` identical to `go build -gcflags=-m=2`?
# Each file is copied to a scratch directory of its own and built there, as
# `./name.go` (go's -m paths are relative to the directory it runs in).
# Prints the programs that differ (with DIFF=N the first N lines of each
# diff) and "m=2 identical: N/M". Skipped when go is not installed.
#   sh tests/differential_m2.sh [FILE...]  default testdata/run/*.go examples/*.go
#   NONGENERIC=1   only programs that declare no type parameters
#   GENERIC=1      only programs that do
#   GOROOT_RUN=1   default files: Go's own `// run` programs (GOROOT/test, ken/,
#                  chan/, interface/, fixedbugs/) whose imports are in gosub's
#                  subset; programs gosub does not build (its exit status is
#                  not 0 where go's is) are counted apart, as "unsupported".
#   KEEP=DIR       keep each program's want/got in DIR (DIR/key.want, .got)
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
GOROOT_TEST=${GOROOT_TEST:-/usr/lib/go-1.19/test}
if ! command -v go >/dev/null 2>&1; then echo "differential_m2: go not installed, skipped"; exit 0; fi
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"; export ASAN_OPTIONS
# go replays a cached compile's -m output verbatim, paths included: a cache
# of our own keeps other users' entries (built from elsewhere) out.
GOCACHE="${DIFF_GOCACHE:-${HOME:-/tmp}/.cache/gosub-differential}"; export GOCACHE
GOOS=linux; GOARCH=amd64; export GOOS GOARCH
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
SUBSET=" fmt os strings strconv errors sort math unicode unicode/utf8 bytes sync sync/atomic runtime runtime/debug time unsafe bufio io io/fs io/ioutil log math/rand math/bits math/cmplx container/heap container/list container/ring path path/filepath encoding/hex encoding/binary hash hash/fnv unicode/utf16 context flag encoding/base64 crypto/sha256 crypto/md5 crypto/sha1 text/tabwriter "

# declares type parameters: `func F[T any]`, `type L[T any]`, `[K comparable, V any]`
is_generic() {
  grep -qE '\[[A-Za-z_][A-Za-z0-9_]*(, *[A-Za-z_][A-Za-z0-9_]*)* +(any|comparable|interface|~|[A-Za-z_.]+[],])' "$1"
}
# a Go `// run` program for linux/amd64 whose imports gosub has
goroot_eligible() {
  [ "$(head -1 "$1")" = "// run" ] || return 1
  awk 'BEGIN { ok = 1; split("linux amd64 unix gc go1.1 go1.2 go1.3 go1.4 go1.5 go1.6 go1.7 go1.8 go1.9 go1.10 go1.11 go1.12 go1.13 go1.14 go1.15 go1.16 go1.17 go1.18 go1.19", t, " "); for (i in t) tag[t[i]] = 1 }
       /^package/ { exit }
       /^\/\/ \+build / { any = 0
         for (i = 3; i <= NF; i++) { n = split($i, a, ","); all = 1
           for (j = 1; j <= n; j++) { neg = (substr(a[j], 1, 1) == "!"); x = neg ? substr(a[j], 2) : a[j]; v = (x in tag); if (neg) v = !v; if (!v) all = 0 }
           if (all) any = 1 }
         if (!any) ok = 0 }
       END { exit ok ? 0 : 1 }' "$1" || return 1
  for i in $(awk '/^import \(/ {g=1; next} g && /^\)/ {g=0} g {print} /^import "/ {print $2} /^import [a-zA-Z_.]+ "/ {print $3}' "$1" | grep -o '"[^"]*"' | tr -d '"'); do
    case "$SUBSET" in *" $i "*) ;; *) return 1 ;; esac
  done
}

if [ $# -gt 0 ]; then printf '%s\n' "$@"
elif [ -n "$GOROOT_RUN" ]; then
  for f in "$GOROOT_TEST"/*.go "$GOROOT_TEST"/ken/*.go "$GOROOT_TEST"/chan/*.go "$GOROOT_TEST"/interface/*.go "$GOROOT_TEST"/fixedbugs/*.go; do
    goroot_eligible "$f" && echo "$f"
  done
else ls testdata/run/*.go examples/*.go; fi | while read -r f; do
  if [ -n "$NONGENERIC" ]; then is_generic "$f" && continue; fi
  if [ -n "$GENERIC" ]; then is_generic "$f" || continue; fi
  echo "$f"
done >"$TMP/files"

export GOSUB TMP DIFF KEEP
[ -n "$KEEP" ] && mkdir -p "$KEEP"
xargs -P 2 -I{} sh -c '
  f="{}"; name=$(basename "$f"); key=$(echo "$f" | sed "s|^/usr/lib/go-1.19/test/||; s|/|_|g")
  d="$TMP/d.$key"; mkdir -p "$d"; cp "$f" "$d/$name"
  (cd "$d" && GOFLAGS= go build -o "$d/bin" -gcflags=-m=2 "$name" >"$TMP/$key.want" 2>&1); wc=$?
  (cd "$d" && CC=true timeout 60 "$GOSUB" build -o "$d/bin" -gcflags=-m=2 "$name" >"$TMP/$key.got" 2>&1); gc=$?
  rm -rf "$d"
  [ -n "$KEEP" ] && cp "$TMP/$key.want" "$TMP/$key.got" "$KEEP/"
  if cmp -s "$TMP/$key.want" "$TMP/$key.got" && [ $wc = $gc ]; then echo pass >"$TMP/$key.res"
  elif [ $wc = 0 ] && [ $gc != 0 ]; then echo unsupported >"$TMP/$key.res"; echo "UNSUPPORTED $f" >"$TMP/$key.log"
  else
    echo fail >"$TMP/$key.res"
    { echo "DIFF $f"; [ -n "$DIFF" ] && diff "$TMP/$key.want" "$TMP/$key.got" | head -"$DIFF"; } >"$TMP/$key.log"; fi' <"$TMP/files"
cat "$TMP"/*.log 2>/dev/null
pass=$(cat "$TMP"/*.res | grep -c pass); unsup=$(cat "$TMP"/*.res | grep -c unsupported); total=$(cat "$TMP"/*.res | wc -l)
echo "m=2 identical: $pass/$((total-unsup)) ($unsup more gosub does not build)"
