#!/bin/sh
# Go's own `// run` tests (GOROOT/test, ken/, chan/, interface/): the ones
# whose first line is exactly "// run" and whose imports are all in gosub's
# stdlib subset are eligible. Go's rule: the program builds, exits 0, and its
# output equals the .out file next to it (or is empty when there is none).
# Prints "run: P passed / E eligible" and, with VERBOSE=1, each failure.
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
GOROOT_TEST=${GOROOT_TEST:-/usr/lib/go-1.19/test}
SUBSET=" fmt os strings strconv errors sort math unicode unicode/utf8 bytes sync sync/atomic runtime runtime/debug time unsafe bufio io io/fs io/ioutil log math/rand math/bits math/cmplx container/heap container/list container/ring path path/filepath encoding/hex encoding/binary hash hash/fnv unicode/utf16 context flag encoding/base64 crypto/sha256 crypto/md5 crypto/sha1 text/tabwriter "
[ -d "$GOROOT_TEST" ] || { echo "run: $GOROOT_TEST not found (install golang-go), skipped"; exit 0; }
# The compiler allocates from an arena it never frees (by design): under
# SAN=1 LeakSanitizer would report that at every exit.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"; export ASAN_OPTIONS
# Go's suite runs under `go tool dist test`, which puts GOOS and GOARCH in
# the environment (test/env.go checks it).
GOOS=linux; GOARCH=amd64; export GOOS GOARCH
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
# Three groups: the top-level, ken/, chan/ and interface/ tests ("run"),
# the regression tests of fixedbugs/ ("run fixedbugs") and the generics
# tests of typeparam/ ("run typeparam"); RUNGROUPS picks them.
run_group() {
name=$1; shift
pass=0; elig=0
for f in "$@"; do
  [ "$(head -1 "$f")" = "// run" ] || continue
  # build constraints (// +build lines before the package clause), as
  # run.go honours them: lines AND, space-separated terms OR, commas AND.
  awk 'BEGIN { ok = 1; split("linux amd64 unix gc go1.1 go1.2 go1.3 go1.4 go1.5 go1.6 go1.7 go1.8 go1.9 go1.10 go1.11 go1.12 go1.13 go1.14 go1.15 go1.16 go1.17 go1.18 go1.19", t, " "); for (i in t) tag[t[i]] = 1 }
       /^package/ { exit }
       /^\/\/ \+build / { any = 0
         for (i = 3; i <= NF; i++) { n = split($i, a, ","); all = 1
           for (j = 1; j <= n; j++) { neg = (substr(a[j], 1, 1) == "!"); x = neg ? substr(a[j], 2) : a[j]; v = (x in tag); if (neg) v = !v; if (!v) all = 0 }
           if (all) any = 1 }
         if (!any) ok = 0 }
       END { exit ok ? 0 : 1 }' "$f" || continue
  # imports: single-line and grouped forms
  imps=$(awk '/^import \(/ {g=1; next} g && /^\)/ {g=0} g {print} /^import "/ {print $2} /^import [a-zA-Z_.]+ "/ {print $3}' "$f" | grep -o '"[^"]*"' | tr -d '"')
  ok=1
  for i in $imps; do case "$SUBSET" in *" $i "*) ;; *) ok=0 ;; esac; done
  [ $ok = 1 ] || continue
  elig=$((elig+1))
  want="${f%.go}.out"
  (cd "$TMP" && timeout 60 "$GOSUB" run "$f" >"$TMP/out" 2>&1 </dev/null); code=$?
  if [ $code = 0 ] && { if [ -f "$want" ]; then cmp -s "$TMP/out" "$want"; else [ ! -s "$TMP/out" ]; fi; }; then
    pass=$((pass+1))
  else
    [ -n "${VERBOSE:-}" ] && echo "FAIL ${f#$GOROOT_TEST/} (exit $code): $(head -c 200 "$TMP/out" | head -2)"
  fi
done
echo "$name: $pass passed / $elig eligible"
}
RUNGROUPS=${RUNGROUPS:-"run fixedbugs typeparam"}
case " $RUNGROUPS " in *" run "*)
  run_group run "$GOROOT_TEST"/*.go "$GOROOT_TEST"/ken/*.go "$GOROOT_TEST"/chan/*.go "$GOROOT_TEST"/interface/*.go ;;
esac
case " $RUNGROUPS " in *" fixedbugs "*) run_group "run fixedbugs" "$GOROOT_TEST"/fixedbugs/*.go ;; esac
case " $RUNGROUPS " in *" typeparam "*) run_group "run typeparam" "$GOROOT_TEST"/typeparam/*.go ;; esac
