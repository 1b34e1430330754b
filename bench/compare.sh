#!/bin/sh
# Builds each benchmark with `go build` and `gosub build`, runs both
# alternately (median of RUNS, default 5), and prints a table of CPU-time
# (user+sys) ratios gosub/go -- the main column, since the shared machine is
# loaded and wall time mostly measures waiting for a core -- then wall-time
# ratios and peak RSS. Ratios <= 1.0 are the goal. Outputs of both binaries
# are compared; a mismatch is flagged in the last column.
#   sh bench/compare.sh [name...]     (default: every benchmark below)
#   RUNS=n  GOSUB=path  GOMAXPROCS=...  (GOMAXPROCS passes to both sides)
set -u
cd "$(dirname "$0")/.."
GOSUB=${GOSUB:-$(pwd)/bin/gosub}
RUNS=${RUNS:-5}
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
# name:args
ALL="fannkuch:10 nbody:5000000 spectralnorm:2000 mandelbrot:4000 wordfreq:20971520 sortints:5000000 appendheavy:200 binarytrees:21 allocs:20000000 pingpong:1000000 ring:1000000 blocked:100000 mutex:2000000 atomicadd:5000000 workerpool:100"
[ $# -gt 0 ] && ALL=$(for n in "$@"; do echo "$ALL" | tr ' ' '\n' | grep "^$n:"; done)

# measure OUTFILE CMD...: prints "cpu_seconds wall_seconds maxrss_kib"
# (bench/rusage.c: microsecond CPU times of the child alone; /usr/bin/time
# prints CPU in 10 ms steps, +-5% on a 0.2 s benchmark)
cc -O2 -o "$W/rusage" bench/rusage.c 2>/dev/null || true
measure() {
  o=$1; shift
  if [ -x "$W/rusage" ]; then
    "$W/rusage" "$o" "$@"
  elif [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%U %S %e %M" -o "$W/t" "$@" >"$o" 2>/dev/null
    awk '{printf "%.3f %s %s\n", $1+$2, $3, $4}' "$W/t"
  else
    python3 -c 'import resource,subprocess,sys,time
t=time.time(); subprocess.run(sys.argv[2:],stdout=open(sys.argv[1],"w"))
r=resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.3f %.3f %d"%(r.ru_utime+r.ru_stime,time.time()-t,r.ru_maxrss))' "$o" "$@"
  fi
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2)? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, RUNS=$RUNS"
printf "%-13s %8s %8s %6s  %8s %8s %6s  %8s %8s %6s %s\n" benchmark go_cpu gs_cpu cpu_x go_wall gs_wall wall_x go_MB gs_MB rss_x out
for spec in $ALL; do
  name=${spec%%:*}; arg=${spec#*:}
  src=bench/$name.go
  [ -f "$src" ] || { echo "$name: missing $src"; continue; }
  go build -o "$W/$name.go.bin" "$src" || { echo "$name: go build failed"; continue; }
  if ! "$GOSUB" build -o "$W/$name.gosub.bin" "$src" 2>"$W/err"; then
    printf "%-13s gosub build failed: %s\n" "$name" "$(head -1 "$W/err")"; continue; fi
  for f in gc gw gm sc sw sm; do : >"$W/$f"; done
  i=0
  while [ $i -lt "$RUNS" ]; do
    set -- $(cd "$W" && measure "$W/out.go" "./$name.go.bin" $arg)
    echo "$1" >>"$W/gc"; echo "$2" >>"$W/gw"; echo "$3" >>"$W/gm"
    set -- $(cd "$W" && measure "$W/out.gosub" "./$name.gosub.bin" $arg)
    echo "$1" >>"$W/sc"; echo "$2" >>"$W/sw"; echo "$3" >>"$W/sm"
    i=$((i+1))
  done
  same=same; cmp -s "$W/out.go" "$W/out.gosub" || same=DIFFERS
  gc=$(median <"$W/gc"); gw=$(median <"$W/gw"); gm=$(median <"$W/gm")
  sc=$(median <"$W/sc"); sw=$(median <"$W/sw"); sm=$(median <"$W/sm")
  awk -v n="$name" -v gc="$gc" -v sc="$sc" -v gw="$gw" -v sw="$sw" -v gm="$gm" -v sm="$sm" -v same="$same" 'BEGIN {
    printf "%-13s %8.3f %8.3f %6.2f  %8.2f %8.2f %6.2f  %8.1f %8.1f %6.2f %s\n", n,
      gc, sc, (gc>0? sc/gc : 0), gw, sw, (gw>0? sw/gw : 0), gm/1024, sm/1024, (gm>0? sm/gm : 0), same }'
done
