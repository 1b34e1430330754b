#!/bin/sh
# Builds each benchmark with `go build` and `gosub build`, runs both
# alternately (median of RUNS, default 5), and prints a table of wall-time
# ratios (gosub/go) and peak RSS. Ratios <= 1.0 are the goal.
#   sh bench/compare.sh [name...]     (default: every benchmark below)
set -u
cd "$(dirname "$0")/.."
GOSUB=${GOSUB:-$(pwd)/bin/gosub}
RUNS=${RUNS:-5}
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
# name:args
ALL="fannkuch:10 nbody:5000000 spectralnorm:2000 mandelbrot:4000 wordfreq:20971520 sortints:5000000 appendheavy:200 binarytrees:21 pingpong:1000000 ring:1000000 blocked:100000 mutex:2000000 atomicadd:5000000 workerpool:100"
[ $# -gt 0 ] && ALL=$(for n in "$@"; do echo "$ALL" | tr ' ' '\n' | grep "^$n:"; done)

# measure CMD...: prints "seconds maxrss_kib"
measure() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %M" -o "$W/t" "$@" >"$W/out" 2>/dev/null; cat "$W/t"
  else
    python3 -c 'import resource,subprocess,sys,time
t=time.time(); subprocess.run(sys.argv[1:],stdout=open(sys.argv[0] if False else "/dev/null","w"))
r=resource.getrusage(resource.RUSAGE_CHILDREN); print("%.3f %d"%(time.time()-t,r.ru_maxrss))' "$@"
  fi
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2)? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

printf "%-14s %10s %10s %7s %10s %10s %7s\n" benchmark go_s gosub_s ratio go_rss_MB gosub_MB rss_x
for spec in $ALL; do
  name=${spec%%:*}; arg=${spec#*:}
  src=bench/$name.go
  [ -f "$src" ] || { echo "$name: missing $src"; continue; }
  go build -o "$W/$name.go.bin" "$src" || { echo "$name: go build failed"; continue; }
  if ! "$GOSUB" build -o "$W/$name.gosub.bin" "$src" 2>"$W/err"; then
    printf "%-14s gosub build failed: %s\n" "$name" "$(head -1 "$W/err")"; continue; fi
  : >"$W/gt"; : >"$W/st"; : >"$W/gm"; : >"$W/sm"
  i=0
  while [ $i -lt "$RUNS" ]; do
    set -- $(cd "$W" && measure "./$name.go.bin" $arg); echo "$1" >>"$W/gt"; echo "$2" >>"$W/gm"
    set -- $(cd "$W" && measure "./$name.gosub.bin" $arg); echo "$1" >>"$W/st"; echo "$2" >>"$W/sm"
    i=$((i+1))
  done
  gt=$(median <"$W/gt"); st=$(median <"$W/st"); gm=$(median <"$W/gm"); sm=$(median <"$W/sm")
  awk -v n="$name" -v gt="$gt" -v st="$st" -v gm="$gm" -v sm="$sm" 'BEGIN {
    printf "%-14s %10.3f %10.3f %7.2f %10.1f %10.1f %7.2f\n", n, gt, st, (gt>0? st/gt : 0), gm/1024, sm/1024, (gm>0? sm/gm : 0) }'
done
