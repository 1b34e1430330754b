#!/bin/sh
# tests/arm64.sh: gosub's runtime and generated programs on AArch64, under
# qemu-user.  Cross-builds libgosubrt.a for arm64 (every runtime/*.c and
# runtime/*.S, with the project's warning flags, so an arm64-only warning
# fails here), then builds golden programs with the host's bin/gosub and
# CC=aarch64-linux-gnu-gcc (through a small wrapper: the host links -lffi,
# which the arm64 sysroot lacks and the runtime does not use), runs each
# under qemu-aarch64 and compares its output and exit status with Go's
# (testdata/run/X.out, X.exit, X.in) the way tests/golden.sh does.
#
# Needs: make all (bin/gosub), and the Debian packages gcc-aarch64-linux-gnu
# and qemu-user (or qemu-user-static).  Without them it says so and exits 0.
#
#   sh tests/arm64.sh            the default list (concurrency, stacks, panics)
#   sh tests/arm64.sh X.go ...   these programs (paths under testdata/run)
#   ARM64_ALL=1 sh tests/arm64.sh   every testdata/run program (slow: ~20 min)
#
# Measured (session 3, 40 programs of the default list, all passing): about
# 50 s of CPU, 4.5 min wall on the shared 2-core machine at load ~15 (the
# cross-built standard library is most of it; then ~2 s per program).
# Programs whose output depends on the GC's precise frames (gc_*, some
# nu_gc_*) can differ on arm64: GO_GC_PRECISE is x86-64 only (gosub.h).
# Ends with "N passed, N failed"; exits 1 when anything failed.
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)
XCC=${XCC:-aarch64-linux-gnu-gcc}
QEMU=$(command -v qemu-aarch64 || command -v qemu-aarch64-static || true)
if ! command -v "$XCC" >/dev/null 2>&1 || [ -z "$QEMU" ]; then
  echo "arm64: needs gcc-aarch64-linux-gnu and qemu-user; skipped"
  exit 0
fi
[ -x bin/gosub ] || { echo "arm64: build bin/gosub first (make all)"; exit 1; }
SYSROOT=${ARM64_SYSROOT:-/usr/aarch64-linux-gnu}

W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/lib" "$W/obj"

# ---- the runtime, cross-built (two compilers at a time) ----
FLAGS="-std=c11 -D_GNU_SOURCE -g -O2 -Wall -Wextra -Werror -Wno-unused-parameter -I."
rtfail=0
set -- "$@"
i=0
for f in runtime/*.c runtime/*.S; do
  o="$W/obj/$(basename "$f").o"
  "$XCC" $FLAGS -c "$f" -o "$o" 2>"$o.err" &
  i=$((i+1))
  if [ $((i % 2)) = 0 ]; then wait; fi
done
wait
for f in runtime/*.c runtime/*.S; do
  o="$W/obj/$(basename "$f").o"
  if [ ! -f "$o" ]; then echo "arm64: $f does not build:"; cat "$o.err"; rtfail=1; fi
done
[ "$rtfail" = 0 ] || { echo "0 passed, 1 failed"; exit 1; }
ar rcs "$W/lib/libgosubrt.a" "$W"/obj/*.o

# ---- a cc that drops -lffi ----
cat >"$W/cc" <<EOF
#!/bin/sh
for a do
  shift
  [ "\$a" = -lffi ] || set -- "\$@" "\$a"
done
exec $XCC "\$@"
EOF
chmod +x "$W/cc"

# ---- the standard packages, cross-compiled (codegen/cg_lib.c) ----
CC="$W/cc" bin/gosub tool stdlib -work "$W/std" "$W/lib/libgosubstd.a" >"$W/std.log" 2>&1 ||
  { echo "arm64: the standard library does not build:"; tail -20 "$W/std.log"; echo "0 passed, 1 failed"; exit 1; }

# ---- the programs ----
if [ $# -gt 0 ]; then
  progs="$*"
elif [ "${ARM64_ALL:-0}" = 1 ]; then
  progs=$(ls testdata/run/*.go)
else
  progs=$(ls testdata/run/conc_*.go testdata/run/qa_max_stack.go \
    testdata/run/qa_recursion_stack.go testdata/run/qa_stack_overflow.go \
    testdata/run/nu_lockfree_stack.go testdata/run/gc_basic*.go 2>/dev/null)
fi

cut_trace() { awk '/^goroutine [0-9]+ \[/ { exit } { print }' "$1"; }
pass=0; fail=0; failed=""
for f in $progs; do
  case "$f" in testdata/run/*) ;; *) f="testdata/run/$(basename "$f")" ;; esac
  [ -f "$f" ] || continue
  base=${f%.go}; name=$(basename "$base")
  want_exit=0; [ -f "$base.exit" ] && want_exit=$(cat "$base.exit")
  in=/dev/null; [ -f "$base.in" ] && in="$ROOT/$base.in"
  (cd testdata/run && CC="$W/cc" GOSUB_LIBDIR="$W/lib" GOSUBCACHE=off \
        "$ROOT/bin/gosub" build -o "$W/prog" "$name.go") >"$W/build.log" 2>&1; code=$?
  if [ "$code" != 0 ]; then
    # a program that does not compile: its expected output is the errors
    cp "$W/build.log" "$W/out"
  else
    (cd testdata/run && { [ ! -f "$name.env" ] || { set -a; . "./$name.env"; set +a; }; } &&
      timeout 120 "$QEMU" -L "$SYSROOT" "$W/prog" <"$in" >"$W/out" 2>&1); code=$?
    # as `go run` (and `gosub run`): a failing program's status is reported
    # on stderr and the command exits 1
    if [ "$code" != 0 ]; then echo "exit status $code" >>"$W/out"; code=1; fi
  fi
  cut_trace "$W/out" >"$W/got"; cut_trace "$base.out" >"$W/want"
  if [ "$code" = "$want_exit" ] && cmp -s "$W/got" "$W/want"; then
    pass=$((pass+1))
  else
    fail=$((fail+1)); failed="$failed $f"
    if [ -n "${VERBOSE:-}" ]; then diff "$W/want" "$W/got" | head -20; echo "exit $code want $want_exit"; fi
  fi
  rm -f "$W/prog"
done
for f in $failed; do echo "FAIL $f"; done
echo "arm64: $pass passed, $fail failed"
[ "$fail" = 0 ]
