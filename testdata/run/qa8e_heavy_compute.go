// gosub:gcstress=20000 a 2M sieve, 300k map entries and 20 trees of 32k nodes: a collection per allocation is quadratic
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Node struct {
	Left, Right *Node
	Val         int
}

func build(depth, v int) *Node {
	if depth == 0 {
		return &Node{Val: v}
	}
	return &Node{build(depth-1, 2*v), build(depth-1, 2*v+1), v}
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Left.Sum() + n.Right.Sum()
}

func sieve(n int) []int {
	comp := make([]bool, n+1)
	var ps []int
	for i := 2; i <= n; i++ {
		if comp[i] {
			continue
		}
		ps = append(ps, i)
		for j := i * i; j <= n; j += i {
			comp[j] = true
		}
	}
	return ps
}

func main() {
	ps := sieve(2000000)
	fmt.Println(len(ps), ps[len(ps)-1])
	total := 0
	for i := 0; i < 20; i++ {
		t := build(14, 1)
		total += t.Sum()
	}
	fmt.Println(total)
	m := make(map[int]string)
	for i := 0; i < 300000; i++ {
		m[i*7%300007] = strconv.Itoa(i)
	}
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(len(m), keys[:5], m[keys[100]])
	var sb strings.Builder
	for i := 0; i < 200000; i++ {
		sb.WriteString(strconv.Itoa(i % 10))
	}
	s := sb.String()
	fmt.Println(len(s), strings.Count(s, "7"))
	words := strings.Fields(strings.Repeat("the quick brown fox ", 50000))
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	fmt.Println(len(words), freq["fox"])
	var fs []float64
	x := 0.5
	for i := 0; i < 500000; i++ {
		x = 3.9 * x * (1 - x)
		fs = append(fs, x)
	}
	sort.Float64s(fs)
	fmt.Printf("%.6f %.6f\n", fs[0], fs[len(fs)/2])
}
