#!/bin/sh
# gc_c_bench.sh: the GC benchmarks, gosub's runtime (through the hand
# transcriptions bench/rt_*.c) against go (bench/*.go), same machine, same
# run.  Prints wall time, CPU time (user+sys: wall time is meaningless on a
# loaded machine) and peak RSS.
# Usage: sh bench/gc_c_bench.sh [depth]   (env: MB=live MiB for bigheap, N=allocs)
# Needs build/rel/lib/libgosubrt.a (make) and go.
set -e
cd "$(dirname "$0")/.."
D=${1:-21}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
for b in binarytrees allocs bigheap; do
  cc -std=c11 -D_GNU_SOURCE -O2 -I. -o "$T/rt_$b" bench/rt_$b.c build/rel/lib/libgosubrt.a -lffi -lm -lpthread
  (cd bench && go build -o "$T/go_$b" $b.go)
done
run() { # label cmd...
  label=$1; shift
  /usr/bin/time -f "$label %e s wall, %U+%S s cpu, %M KiB peak RSS" "$@" >"$T/out" 2>"$T/err" || true
  grep -v '^NumGC' "$T/err" | tail -1
}
for env in "" GOGC=50 GOGC=400 GOMEMLIMIT=64MiB; do
  run "binarytrees $D ${env:-default} gosub:" env $env "$T/rt_binarytrees" "$D"
  run "binarytrees $D ${env:-default} go:   " env $env "$T/go_binarytrees" "$D"
done
run "allocs gosub:" "$T/rt_allocs" ${N:-20000000}
run "allocs go:   " "$T/go_allocs" ${N:-20000000}
"$T/rt_bigheap" ${MB:-1024} | tail -1 | sed 's/^/bigheap gosub: /'
GOSUBDEBUG=incgc=1 "$T/rt_bigheap" ${MB:-1024} | tail -1 | sed "s/^/bigheap gosub incgc=1: /"
"$T/go_bigheap" ${MB:-1024} | tail -1 | sed 's/^/bigheap go:    /'
