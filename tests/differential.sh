#!/bin/sh
# Differential tests against the oracle: for every program in testdata/run
# and examples/, `go build -gcflags=FLAGS` and `gosub build -gcflags=FLAGS`
# must print the same diagnostics, for FLAGS in '-m -l' and '-m'.
# Skipped (with a message) when go is not installed.
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
if ! command -v go >/dev/null 2>&1; then echo "differential: go not installed, skipped"; exit 0; fi
if [ ! -f tests/differential.list ]; then echo "differential: no programs enabled yet (tests/differential.list)"; exit 0; fi
# The compiler allocates from an arena it never frees (by design): under
# SAN=1 LeakSanitizer would report that at every exit.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"; export ASAN_OPTIONS
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
pass=0; fail=0
while read -r f; do
  case "$f" in ''|'#'*) continue ;; esac
  dir=$(dirname "$f"); name=$(basename "$f")
  for flags in '-m -l' '-m'; do
    (cd "$dir" && GOFLAGS= go build -o /dev/null -gcflags="$flags" "$name" >"$TMP/want" 2>&1)
    (cd "$dir" && "$GOSUB" build -o /dev/null -gcflags="$flags" "$name" >"$TMP/got" 2>&1)
    if cmp -s "$TMP/want" "$TMP/got"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL $f [$flags]"; diff "$TMP/want" "$TMP/got" | head -20; fi
  done
done < tests/differential.list
echo "differential: $pass passed, $fail failed"
[ "$fail" = 0 ]
