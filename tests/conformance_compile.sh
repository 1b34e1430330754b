#!/bin/sh
# -m of real Go code: gosub tool compile against go tool compile, with the
# flags in FLAGS (default: "-m", "-m -l" and "-m=2", each a run).
#   packages: the Go files of every standard package outside gosub's
#             stdlib whose imports are all in it (compress/flate,
#             regexp/syntax, text/template/parse, net/url, debug/dwarf, ...),
#             compiled as that package (-p PATH, as go build compiles it)
#   compile:  Go's test/*.go, fixedbugs/ and typeparam/ files whose action
#             is "// compile" or "// build" and whose imports are in the
#             subset, compiled with -p p
# Prints, per group and flag set, "identical: N / M"; VERBOSE=1 lists the
# differing ones.  Skipped when go is not installed.
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
command -v go >/dev/null 2>&1 || { echo "conformance_compile: go not installed, skipped"; exit 0; }
GOROOT=$(go env GOROOT)
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"; export ASAN_OPTIONS
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
HERE=$(cd "$(dirname "$0")/.." && pwd)
# gosub's standard packages: the directories of stdlib/
ours=$(cd "$HERE/stdlib" && find . -name '*.go' | sed 's|^\./||; s|/[^/]*$||' | sort -u)
is_ours() { printf '%s\n' "$ours" unsafe | grep -qx "$1"; }
pkgs=""
for p in $(go list std 2>/dev/null | grep -v 'internal\|vendor'); do
  is_ours "$p" && continue
  ok=1
  for i in $(go list -f '{{join .Imports " "}}' "$p"); do is_ours "$i" || { ok=0; break; }; done
  [ $ok = 1 ] && pkgs="$pkgs $p"
done
tests=""
for f in "$GOROOT"/test/*.go "$GOROOT"/test/fixedbugs/*.go "$GOROOT"/test/typeparam/*.go; do
  case "$(head -1 "$f")" in "// compile"|"// build"|"// compile -d=ssa/check/on") ;; *) continue ;; esac
  ok=1
  for i in $(awk '/^import \(/ {g=1; next} g && /^\)/ {g=0} g {print} /^import "/ {print $2} /^import [a-zA-Z_.]+ "/ {print $3}' "$f" | grep -o '"[^"]*"' | tr -d '"'); do
    is_ours "$i" || { ok=0; break; }
  done
  [ $ok = 1 ] && tests="$tests $f"
done
same() { # same NAME -- want-command -- got-command: compares their outputs
  if cmp -s "$TMP/want" "$TMP/got"; then return 0; fi
  [ -n "${VERBOSE:-}" ] && echo "DIFF $1 ($2): $(diff "$TMP/want" "$TMP/got" | grep -c '^[<>]') lines"
  return 1
}
run_flags() {
  fl=$1
  n=0; ok=0
  for p in $pkgs; do
    files=$(go list -f '{{range .GoFiles}}{{$.Dir}}/{{.}} {{end}}' "$p")
    (cd "$TMP" && go tool compile -std -complete -o "$TMP/o" -p "$p" $fl $files >"$TMP/want" 2>&1) || continue
    n=$((n+1))
    (cd "$TMP" && timeout 60 "$GOSUB" tool compile -o "$TMP/c" -p "$p" $fl $files >"$TMP/got" 2>&1)
    same "$p" "$fl" && ok=$((ok+1))
  done
  echo "packages $fl: identical $ok / $n"
  n=0; ok=0
  for f in $tests; do
    cp "$f" "$TMP/x.go"
    (cd "$TMP" && go tool compile -o "$TMP/o" -p p $fl x.go >"$TMP/want" 2>&1) || continue
    n=$((n+1))
    (cd "$TMP" && timeout 60 "$GOSUB" tool compile -o "$TMP/c" -p p $fl x.go >"$TMP/got" 2>&1)
    same "${f#$GOROOT/test/}" "$fl" && ok=$((ok+1))
  done
  echo "compile tests $fl: identical $ok / $n"
}
if [ -n "${FLAGS:-}" ]; then run_flags "$FLAGS"; else
  run_flags "-m"; run_flags "-m -l"; run_flags "-m=2"
fi
