#!/bin/sh
# gosub test against go test: each directory of testdata/gotest holds a
# package (its .go and _test.go files, a go.mod when it is run in go's
# local directory mode), `args` (go test's arguments, one line: empty for
# local directory mode), and go's output: `want` (stdout), `want.err`
# (stderr) and its exit status in `exit`.  Outputs are compared after
# normalize(): times become T, a panic's goroutine dump is cut, benchmark
# result lines keep only their name and units, the cpu: line goes, and a
# flag usage message names the test binary without its directory.
#   RECORD=1 sh tests/gotest.sh   records want/exit from go test (go 1.19)
# Ends with "gotest: N passed, N failed"; exits 1 when anything failed.
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
normalize() {
  sed -E -e 's/\([0-9]+\.[0-9]+s\)/(T)/g' -e 's/\t[0-9]+\.[0-9]+s/\tT/' -e '/^cpu: /d' \
    -e 's|^Usage of .*/([^/]*\.test):$|Usage of \1:|' \
    -e '/^Benchmark/{s/[0-9]+(\.[0-9]+)?/N/g; s/[ \t]+/ /g; s/-N / /}' "$1" |
  awk '/^goroutine [0-9]+ \[/ { cut = 1 } cut && /^(exit status|FAIL|ok )/ { cut = 0 } !cut { print }'
}
pass=0; fail=0
for d in testdata/gotest/*/; do
  name=$(basename "$d")
  args=$(cat "$d/args")
  if [ "${RECORD:-}" = 1 ]; then
    (cd "$d" && GOFLAGS=-count=1 go test $args >want 2>want.err; echo $? >exit)
    echo "recorded $name (exit $(cat "$d/exit"))"
    continue
  fi
  (cd "$d" && timeout 120 "$GOSUB" test $args >"$TMP/$name.out" 2>"$TMP/$name.err"; echo $? >"$TMP/$name.code")
  { normalize "$d/want"; echo "== stderr"; normalize "$d/want.err"; } >"$TMP/$name.want"
  { normalize "$TMP/$name.out"; echo "== stderr"; normalize "$TMP/$name.err"; } >"$TMP/$name.got"
  if cmp -s "$TMP/$name.want" "$TMP/$name.got" && [ "$(cat "$TMP/$name.code")" = "$(cat "$d/exit")" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL gotest/$name (exit $(cat "$TMP/$name.code"), want $(cat "$d/exit"))"
    diff "$TMP/$name.want" "$TMP/$name.got" | head -${DIFFLINES:-20}
  fi
done
[ "${RECORD:-}" = 1 ] && exit 0
echo "gotest: $pass passed, $fail failed"
[ "$fail" = 0 ]
