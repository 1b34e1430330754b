#!/bin/sh
# Escape-analysis scaling: generates Go programs of 10k, 50k and 100k lines
# (constructors returning pointers, closures, slices, maps, interfaces, calls
# between functions), compiles each with `gosub tool compile -m` and reports
# each phase's time (GOSUB_TIMINGS=1). Target: escape under 1 s at 100k
# lines, growing linearly.   sh bench/escape.sh [sizes...]
set -eu
cd "$(dirname "$0")/.."
GOSUB=${GOSUB:-$(pwd)/bin/gosub}
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
SIZES=${*:-10000 50000 100000}

gen() { # gen LINES > file
  awk -v lines="$1" 'BEGIN {
    print "package main\n\nimport \"fmt\"\n"
    print "type Node struct {\n\tval  int\n\tname string\n\tnext *Node\n\tkids []*Node\n}\n"
    print "type Shape interface{ Area() int }\n"
    print "type Rect struct{ w, h int }\n\nfunc (r Rect) Area() int { return r.w * r.h }\n"
    n = 12; i = 0
    while (n < lines - 30) {
      printf "func newNode%d(v int, s string) *Node {\n\tn := &Node{val: v, name: s}\n\tif v > %d {\n\t\tn.next = &Node{val: v - 1}\n\t}\n\treturn n\n}\n\n", i, i
      printf "func work%d(xs []int, m map[string]int) (int, Shape) {\n\ttotal := 0\n\tbuf := make([]int, 0, 16)\n\tfor _, x := range xs {\n\t\tbuf = append(buf, x*%d)\n\t\ttotal += x\n\t}\n", i, i % 7 + 1
      printf "\tadd := func(k string) { m[k] += total }\n\tadd(\"k%d\")\n\tn := newNode%d(total, \"w\")\n", i, i
      if (i > 0) printf "\tr, _ := work%d(buf, m)\n\ttotal += r\n", i - 1
      printf "\tvar s Shape = Rect{w: n.val, h: len(buf)}\n\treturn total + len(n.name), s\n}\n\n"
      n += 24; i++
    }
    printf "func main() {\n\tm := map[string]int{}\n\tr, s := work%d([]int{1, 2, 3}, m)\n\tfmt.Println(r, s.Area(), len(m))\n}\n", i - 1
  }'
}

printf "%8s %8s %8s %8s %8s %8s %8s %8s\n" lines parse check lower inline escape codegen total
for n in $SIZES; do
  gen "$n" >"$W/p$n.go"
  lines=$(wc -l <"$W/p$n.go")
  t0=$(date +%s.%N)
  GOSUB_TIMINGS=1 "$GOSUB" tool compile -m -o "$W/out.c" "$W/p$n.go" 2>"$W/err" >/dev/null || { echo "compile failed: $(grep -v '^gosub: phase' "$W/err" | head -3)"; continue; }
  t1=$(date +%s.%N)
  awk -v lines="$lines" -v total="$(echo "$t1 - $t0" | bc)" '
    /^gosub: phase/ { t[$3] = $4 }
    END { printf "%8d %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f\n", lines, t["parse"], t["check"], t["lower"], t["inline"], t["escape"], t["codegen"], total }' "$W/err"
done
