#!/bin/sh
# parse.sh: parser speed against gofmt, side by side in one run.
#
# Times `gosub tool parse -q` and `gofmt -l` on the same list of files
# (every non-testdata .go file under GOROOT/src: 4,727 in Go 1.19), each fed
# through xargs, median of RUNS (default 5) with hyperfine (a plain loop
# when hyperfine is missing), and prints the ratio gosub/gofmt (goal:
# <= 0.2).  Then reports the peak RSS of gosub parsing the largest file of
# the list (/usr/bin/time -v; Debian package `time`).
#
#   sh bench/parse.sh                 GOSUB=bin/gosub RUNS=5 GOROOT_SRC=/usr/lib/go-1.19/src
set -u
cd "$(dirname "$0")/.."
GOSUB=${GOSUB:-$(pwd)/bin/gosub}
RUNS=${RUNS:-5}
GOROOT_SRC=${GOROOT_SRC:-/usr/lib/go-1.19/src}
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT

[ -x "$GOSUB" ] || { echo "parse.sh: $GOSUB not built (make)"; exit 1; }
command -v gofmt >/dev/null 2>&1 || { echo "parse.sh: gofmt not found (apt-get install golang-go)"; exit 1; }

LIST=$W/files
find "$GOROOT_SRC/" -name '*.go' -not -path '*/testdata/*' | sort >"$LIST"
nfiles=$(wc -l <"$LIST")
bytes=$(xargs cat <"$LIST" | wc -c)
echo "files: $nfiles ($bytes bytes) under $GOROOT_SRC"

# The acceptance check first: every file parses, nothing printed.
if ! xargs "$GOSUB" tool parse -q <"$LIST" >"$W/errs" 2>&1 || [ -s "$W/errs" ]; then
    echo "parse.sh: gosub tool parse failed on the list:"; head -20 "$W/errs"; exit 1
fi
echo "gosub tool parse -q: all files parse, no output"

GOSUB_CMD="xargs $GOSUB tool parse -q <$LIST"
GOFMT_CMD="xargs gofmt -l <$LIST >/dev/null"

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --style basic --warmup 1 --runs "$RUNS" --export-csv "$W/h.csv" \
        -n gosub "$GOSUB_CMD" -n gofmt "$GOFMT_CMD" >"$W/h.out" 2>&1 ||
        { cat "$W/h.out"; exit 1; }
    # csv: command,mean,stddev,median,user,system,min,max
    t_gosub=$(awk -F, '$1=="gosub" {print $4}' "$W/h.csv")
    t_gofmt=$(awk -F, '$1=="gofmt" {print $4}' "$W/h.csv")
    how="hyperfine, median of $RUNS"
else
    : >"$W/a"; : >"$W/b"
    i=0
    while [ $i -lt "$RUNS" ]; do
        # alternate the two so that load changes hit both alike
        s=$(date +%s.%N); sh -c "$GOSUB_CMD"; e=$(date +%s.%N); echo "$e - $s" | bc >>"$W/a"
        s=$(date +%s.%N); sh -c "$GOFMT_CMD"; e=$(date +%s.%N); echo "$e - $s" | bc >>"$W/b"
        i=$((i + 1))
    done
    t_gosub=$(median <"$W/a"); t_gofmt=$(median <"$W/b")
    how="loop, median of $RUNS"
fi
ratio=$(awk -v a="$t_gosub" -v b="$t_gofmt" 'BEGIN {printf "%.3f", a / b}')
printf "%-28s %8.3f s\n" "gosub tool parse -q" "$t_gosub"
printf "%-28s %8.3f s\n" "gofmt -l" "$t_gofmt"
echo "ratio gosub/gofmt: $ratio ($how; goal <= 0.2)"

largest=$(xargs stat -c "%s %n" <"$LIST" | sort -n | tail -1 | cut -d" " -f2-)
if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$GOSUB" tool parse -q "$largest" 2>"$W/t" >/dev/null
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$W/t")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$W/t")
    echo "largest file: $largest ($(wc -c <"$largest") bytes): peak RSS ${rss} KiB, wall $wall"
else
    echo "largest file: $largest: /usr/bin/time missing (apt-get install time), RSS not measured"
fi
