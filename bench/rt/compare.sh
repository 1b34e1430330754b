#!/bin/sh
# Runs bench/rt/sched_bench.c (the runtime driven from C) against the same
# programs built with go, GOMAXPROCS=1 and go's default, alternating runs
# (median of RUNS, default 5); prints CPU time (user+sys) and peak RSS.
# Needs libgosubrt.a (make) and /usr/bin/time.
set -u
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
cc -std=c11 -D_GNU_SOURCE -O2 -I. -o "$W/c" bench/rt/sched_bench.c build/rel/lib/libgosubrt.a -lpthread -lm -lffi || exit 1
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2)? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
m() { /usr/bin/time -f "%U %S %M" -o "$W/t" "$@" >/dev/null 2>&1; awk '{printf "%.3f %d\n", $1+$2, $3}' "$W/t"; }
printf "%-11s %9s %9s %9s %7s %10s %10s %6s\n" bench go1_cpu go_cpu gosub_cpu x_go1 go1_rssMB gosub_MB rss_x
for spec in pingpong:1000000 ring:1000000 blocked:100000 mutex:2000000 atomicadd:5000000; do
  name=${spec%%:*}; n=${spec#*:}
  go build -o "$W/$name" "bench/$name.go" || continue
  : >"$W/a"; : >"$W/b"; : >"$W/s"; : >"$W/ar"; : >"$W/sr"; i=0
  while [ $i -lt "$RUNS" ]; do
    set -- $(GOMAXPROCS=1 m "$W/$name" "$n"); echo "$1" >>"$W/a"; echo "$2" >>"$W/ar"
    set -- $(m "$W/$name" "$n"); echo "$1" >>"$W/b"
    set -- $(m "$W/c" "$name" "$n"); echo "$1" >>"$W/s"; echo "$2" >>"$W/sr"
    i=$((i+1))
  done
  awk -v n="$name" -v a="$(median <"$W/a")" -v b="$(median <"$W/b")" -v s="$(median <"$W/s")" \
      -v ar="$(median <"$W/ar")" -v sr="$(median <"$W/sr")" 'BEGIN {
    printf "%-11s %9.3f %9.3f %9.3f %7.2f %10.1f %10.1f %6.2f\n", n, a, b, s, (a>0? s/a:0), ar/1024, sr/1024, (ar>0? sr/ar:0) }'
done
