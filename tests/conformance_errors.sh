#!/bin/sh
# Go's own compile-error tests (GOROOT/test) under Go's errorcheck rule
# (tests/errorcheck.sh), compiled with `gosub tool compile -e`.
#
# Which files: test/*.go and test/fixedbugs/*.go whose action line is
# "// errorcheck" with no -m (tests/conformance.sh covers those) and no
# back-end flags (-0, -live, -race, -wb, -d=nil/ssa/wb/defer, -+: their
# annotations are optimiser diagnostics, not compile errors), and that stay
# inside gosub's language subset:
#   - no type parameters (generic func or type declarations, ~T terms);
#   - no import outside the subset's standard packages, no reflect, no cgo;
#   - no complex numbers, unless gosub compiles them (probed at start).
# A file that uses one of those is skipped, not counted, as are the files
# Go's own runner skips (run.go's types2Failures: gc 1.19 fails them too)
# and files whose build constraint excludes this machine (build_ok).
#
# Prints "compile errors: M / N annotations matched (P%), F / T files fully
# passing" and, with VERBOSE=1, the files that fail.  LIST=1 prints the
# selected files and exits.  COMPILE="go tool compile" runs the same files
# against the oracle (all must pass).
GOSUB=${GOSUB:-bin/gosub}
case "$GOSUB" in /*) ;; *) GOSUB="$(pwd)/$GOSUB" ;; esac
export GOSUB
GOROOT_TEST=${GOROOT_TEST:-/usr/lib/go-1.19/test}
[ -d "$GOROOT_TEST" ] || { echo "compile errors: $GOROOT_TEST not found (install golang-go), skipped"; exit 0; }
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT

# The packages of the subset (stdlib/) plus the ones the compiler provides.
pkgs="unsafe"
for d in $(cd "$HERE/../stdlib" && find . -name '*.go' | sed 's|^\./||; s|/[^/]*$||' | sort -u); do
  pkgs="$pkgs $d"
done

# Complex numbers count when gosub compiles a program that uses them.
printf 'package p\n\nvar c complex128 = 1 + 2i\nvar r = real(c)\n' >"$TMP/probe.go"
complex_ok=0
(cd "$TMP" && ${COMPILE:-"$GOSUB" tool compile} -p=p -o "$TMP/probe.o" probe.go) >/dev/null 2>&1 && complex_ok=1

# build_ok FILE: its //go:build (else // +build) lines hold for this GOOS,
# GOARCH, gc and go1.1..go1.19 (as go/build evaluates them).
GOOS_=$(go env GOOS 2>/dev/null || uname -s | tr A-Z a-z)
GOARCH_=$(go env GOARCH 2>/dev/null || echo amd64)
build_ok() {
  python3 - "$1" "$GOOS_" "$GOARCH_" <<'PY'
import re, sys
path, goos, goarch = sys.argv[1:4]
tags = {goos, goarch, "gc", "unix"} | {"go1.%d" % i for i in range(1, 20)}
lines = []
for line in open(path, encoding="utf-8", errors="replace"):
    s = line.strip()
    if s.startswith("package "):
        break
    lines.append(s)
gb = [l[len("//go:build"):] for l in lines if l.startswith("//go:build")]
if gb:
    expr = gb[0].replace("&&", " and ").replace("||", " or ").replace("!", " not ")
    expr = re.sub(r"[A-Za-z0-9_.]+", lambda m: m.group(0) if m.group(0) in ("and", "or", "not") else str(m.group(0) in tags), expr)
    sys.exit(0 if eval(expr) else 1)
for l in lines:
    if l.startswith("// +build"):
        # space-separated options are ORed, comma-separated terms ANDed
        ok = any(all((t[1:] not in tags) if t.startswith("!") else (t in tags) for t in opt.split(","))
                 for opt in l[len("// +build"):].split())
        if not ok:
            sys.exit(1)
sys.exit(0)
PY
}

action_of() { awk '/^\/\/go:build|^\/\/ \+build|^[ \t]*$/ {next} {print; exit}' "$1"; }

# selected FILE: exit 0 when FILE belongs to this group.
selected() {
  a=$(action_of "$1")
  case "$a" in
    "// errorcheck"|"// errorcheck "*) ;;
    *) return 1 ;;
  esac
  printf '%s\n' "$a" | grep -Eq -- ' -(m|0|1|live|race|wb|\+)( |=|$)| -d=(nil|ssa|wb|defer)' && return 1
  # type parameters
  grep -Eq '^func (\([^)]*\) )?[A-Za-z_][A-Za-z0-9_]*\[|^type [A-Za-z_][A-Za-z0-9_]*\[[A-Za-z_][A-Za-z0-9_]* [^]]|[[|] *~[A-Za-z(]|interface *\{ *~' "$1" && return 1
  # complex numbers
  if [ "$complex_ok" = 0 ]; then
    grep -Eq '\bcomplex(64|128)?\b|\b(real|imag)\(|[0-9.]i\b' "$1" && return 1
  fi
  grep -q 'import "C"' "$1" && return 1
  case "${1#$GOROOT_TEST/}" in
    notinheap.go|shift1.go|fixedbugs/issue10700.go|fixedbugs/issue18331.go|\
    fixedbugs/issue18419.go|fixedbugs/issue20233.go|fixedbugs/issue20245.go|\
    fixedbugs/issue31053.go) return 1 ;;
  esac
  if grep -Eq '^//go:build|^// \+build' "$1"; then build_ok "$1" || return 1; fi
  # imports: every path must be in the subset (quoted paths only; the
  # malformed ones that tests of import syntax use are left to the test)
  for p in $(sed -n '/^import *(/,/^)/p; /^import /p' "$1" | grep -o '"[a-z][a-z0-9/]*"' | tr -d '"'); do
    case " $pkgs " in *" $p "*) ;; *) return 1 ;; esac
  done
  return 0
}

files=""
for f in "$GOROOT_TEST"/*.go "$GOROOT_TEST"/fixedbugs/*.go; do
  selected "$f" && files="$files $f"
done
if [ -n "${LIST:-}" ]; then for f in $files; do echo "${f#$GOROOT_TEST/}"; done; exit 0; fi

m=0; n=0; pass=0; count=0
for f in $files; do
  count=$((count+1))
  line=$(sh "$HERE/errorcheck.sh" "$f" 2>&1 | tail -1)
  a=$(printf '%s\n' "$line" | sed -n 's|.*: \([0-9]*\)/\([0-9]*\) annotations matched, \([0-9]*\) unmatched.*|\1 \2 \3|p')
  set -- $a
  [ -n "$1" ] || { set -- 0 0 1; }
  m=$((m+$1)); n=$((n+$2))
  if [ "$1" = "$2" ] && [ "$3" = 0 ]; then pass=$((pass+1)); else
    [ -n "${VERBOSE:-}" ] && echo "FAIL ${f#$GOROOT_TEST/}: $1/$2 matched, $3 unmatched"
  fi
done
pct=0; [ $n -gt 0 ] && pct=$((m*1000/n))
echo "compile errors: $m / $n annotations matched ($((pct/10)).$((pct%10))%), $pass / $count files fully passing"
