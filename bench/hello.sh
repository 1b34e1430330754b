#!/bin/sh
# Compile-and-run latency of a small program (issue 5's driver goal:
# `gosub run hello.go` <= 2x `go run hello.go`).  Median of RUNS (default
# 5) alternating runs of each, CPU (user+sys of the command and all its
# children: cc, ld, the program) and wall time, via bench/rusage.c:
#   go run       go run hello.go (GOCACHE warm: the standard packages and,
#                after the first run, the program itself are cached)
#   gosub cold   GOSUBCACHE=off gosub run: a new program (parse, check,
#                codegen, cc of the program's own C, link with the prebuilt
#                libgosubstd.a and libgosubrt.a)
#   gosub warm   gosub run with the build cache holding this program
#   sh bench/hello.sh      RUNS=n  GOSUB=path
set -u
cd "$(dirname "$0")/.."
GOSUB=${GOSUB:-$(pwd)/bin/gosub}
RUNS=${RUNS:-5}
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
cc -O2 -o "$W/rusage" bench/rusage.c || exit 1
printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n' >"$W/hello.go"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2)? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
cd "$W" || exit 1
go run hello.go >/dev/null                       # warm go's cache
GOSUBCACHE="$W/cache" "$GOSUB" run hello.go >/dev/null  # warm gosub's
for f in gc gw cc cw wc ww; do : >"$f"; done
i=0
while [ $i -lt "$RUNS" ]; do
  set -- $(./rusage out.go go run hello.go); echo "$1" >>gc; echo "$2" >>gw
  set -- $(GOSUBCACHE=off ./rusage out.cold "$GOSUB" run hello.go); echo "$1" >>cc; echo "$2" >>cw
  set -- $(GOSUBCACHE="$W/cache" ./rusage out.warm "$GOSUB" run hello.go); echo "$1" >>wc; echo "$2" >>ww
  i=$((i+1))
done
cmp -s out.go out.cold && cmp -s out.go out.warm || echo "hello: outputs differ"
gc=$(median <gc); gw=$(median <gw)
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, RUNS=$RUNS"
printf "%-12s %8s %8s %7s %7s\n" hello cpu_s wall_s cpu_x wall_x
for k in "go run:gc:gw" "gosub cold:cc:cw" "gosub warm:wc:ww"; do
  name=${k%%:*}; r=${k#*:}; c=$(median <"${r%%:*}"); w=$(median <"${r#*:}")
  awk -v n="$name" -v c="$c" -v w="$w" -v gc="$gc" -v gw="$gw" \
    'BEGIN { printf "%-12s %8.3f %8.3f %7.2f %7.2f\n", n, c, w, (gc>0? c/gc : 0), (gw>0? w/gw : 0) }'
done
