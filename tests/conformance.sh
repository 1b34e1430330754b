#!/bin/sh
# Go's own escape/inlining tests (GOROOT/test) under Go's errorcheck rule
# (tests/errorcheck.sh), compiled with `gosub tool compile` and the flags
# of each file's "// errorcheck ..." header.
#   escape:  test/escape*.go (the files whose action is errorcheck)
#   other -m: every other test/*.go and test/fixedbugs/*.go whose header is
#            "// errorcheck ... -m ..."
# Prints, per group, "annotations matched / total" and "files fully passing".
# COMPILE="go tool compile" runs the same against the oracle (all must pass).
# VERBOSE=1 lists the files that fail.
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
export GOSUB
GOROOT_TEST=${GOROOT_TEST:-/usr/lib/go-1.19/test}
[ -d "$GOROOT_TEST" ] || { echo "escape: $GOROOT_TEST not found (install golang-go), skipped"; exit 0; }
HERE=$(cd "$(dirname "$0")" && pwd)
is_mcheck() { head -1 "$1" | grep -Eq '^// errorcheck(withauto)? .*-m'; }
run_group() {
  name=$1; shift
  m=0; n=0; pass=0; files=0
  for f in "$@"; do
    [ -f "$f" ] || continue
    files=$((files+1))
    line=$(sh "$HERE/errorcheck.sh" "$f" 2>&1 | tail -1)
    ok=$?
    a=$(printf '%s\n' "$line" | sed -n 's|.*: \([0-9]*\)/\([0-9]*\) annotations matched, \([0-9]*\) unmatched.*|\1 \2 \3|p')
    set -- $a
    [ -n "$1" ] || { set -- 0 0 1; }
    m=$((m+$1)); n=$((n+$2))
    if [ "$1" = "$2" ] && [ "$3" = 0 ]; then pass=$((pass+1)); else
      [ -n "${VERBOSE:-}" ] && echo "FAIL ${f#$GOROOT_TEST/}: $1/$2 matched, $3 unmatched"
    fi
  done
  pct=0; [ $n -gt 0 ] && pct=$((m*1000/n))
  echo "$name: $m / $n annotations matched ($((pct/10)).$((pct%10))%), $pass / $files files fully passing"
}
esc=""; other=""
for f in "$GOROOT_TEST"/escape*.go; do is_mcheck "$f" && esc="$esc $f"; done
for f in "$GOROOT_TEST"/*.go "$GOROOT_TEST"/fixedbugs/*.go; do
  case "$f" in */escape*.go) continue ;; esac
  is_mcheck "$f" && other="$other $f"
done
run_group "escape" $esc
run_group "other -m" $other
