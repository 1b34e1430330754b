#!/bin/sh
# Cross-builds the runtime for arm64 and runs bench/rt/sched_bench.c under
# qemu-user: a smoke test of ctx_arm64.S and the scheduler on AArch64.
# Needs gcc-aarch64-linux-gnu and qemu-user (Debian packages).
set -eu
cd "$(dirname "$0")/../.."
command -v aarch64-linux-gnu-gcc >/dev/null && command -v qemu-aarch64 >/dev/null || {
  echo "arm64 smoke: needs gcc-aarch64-linux-gnu and qemu-user, skipped"; exit 0; }
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
for f in runtime/*.c runtime/*.S; do
  aarch64-linux-gnu-gcc -std=c11 -D_GNU_SOURCE -O2 -w -I. \
    -c "$f" -o "$W/$(basename "$f").o" || echo "arm64 smoke: $f does not build for arm64"
done
ar rcs "$W/librt.a" "$W"/*.o
aarch64-linux-gnu-gcc -std=c11 -D_GNU_SOURCE -O2 -I. -o "$W/b" bench/rt/sched_bench.c "$W/librt.a" -lpthread -lm
fail=0
for spec in pingpong:100000:100000 ring:100000:100000 blocked:10000:10000 mutex:10000:80000 atomicadd:10000:80000; do
  name=${spec%%:*}; rest=${spec#*:}; n=${rest%%:*}; want=${rest#*:}
  got=$(qemu-aarch64 -L /usr/aarch64-linux-gnu "$W/b" "$name" "$n")
  if [ "$got" = "$want" ]; then echo "ok   $name"; else echo "FAIL $name: got $got want $want"; fail=1; fi
done
exit $fail
