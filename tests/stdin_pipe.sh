#!/bin/sh
# tests/stdin_pipe.sh: a goroutine blocked reading stdin (a pipe that gets a
# line every 300 ms) must not stop the others (runtime/sched_netpoll.c).
# tests/golden.sh cannot check this: it feeds X.in from a regular file,
# which is always readable.  Output compared with go's when go exists,
# else with the expected text below.  About 2 s.
# Ends with "N passed, N failed"; exits 1 when anything failed.
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"; export ASAN_OPTIONS
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
feed() { sleep 0.3; echo alpha; sleep 0.3; echo beta; sleep 0.3; echo gamma; }
cat >"$TMP/want" <<'X'
line "alpha", other goroutine ran during the read: true
line "beta", other goroutine ran during the read: true
line "gamma", other goroutine ran during the read: true
then: EOF
X
if command -v go >/dev/null 2>&1; then
  (cd tests/stdin && go build -o "$TMP/goprog" slow_pipe.go) && feed | "$TMP/goprog" >"$TMP/go" 2>&1
  cmp -s "$TMP/go" "$TMP/want" || { echo "stdin_pipe: go's output differs from the expected text:"; cat "$TMP/go"; }
fi
"$GOSUB" build -o "$TMP/prog" tests/stdin/slow_pipe.go || { echo "0 passed, 1 failed"; exit 1; }
feed | "$TMP/prog" >"$TMP/got" 2>&1
if cmp -s "$TMP/got" "$TMP/want"; then echo "stdin pipe: 1 passed, 0 failed"; exit 0; fi
diff "$TMP/want" "$TMP/got"
echo "stdin pipe: 0 passed, 1 failed"
exit 1
