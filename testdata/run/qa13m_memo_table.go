// Memoized computations: a memo table keyed by a struct, a recursive
// closure for edit distance, and a cache of computed slices.
package main

import (
	"fmt"
	"strings"
)

type pairKey struct {
	i, j int
}

type Memo struct {
	table map[pairKey]int
	calls int
	hits  int
}

func NewMemo() *Memo {
	return &Memo{table: make(map[pairKey]int, 64)}
}

func (m *Memo) EditDistance(a, b string) int {
	var rec func(i, j int) int
	rec = func(i, j int) int {
		m.calls++
		k := pairKey{i, j}
		if v, ok := m.table[k]; ok {
			m.hits++
			return v
		}
		var r int
		switch {
		case i == len(a):
			r = len(b) - j
		case j == len(b):
			r = len(a) - i
		case a[i] == b[j]:
			r = rec(i+1, j+1)
		default:
			r = 1 + min3(rec(i+1, j), rec(i, j+1), rec(i+1, j+1))
		}
		m.table[k] = r
		return r
	}
	return rec(0, 0)
}

func min3(a, b, c int) int {
	if b < a {
		a = b
	}
	if c < a {
		a = c
	}
	return a
}

type rowCache struct {
	rows map[int][]int
}

func (c *rowCache) pascal(n int) []int {
	if r, ok := c.rows[n]; ok {
		return r
	}
	var row []int
	if n == 0 {
		row = []int{1}
	} else {
		prev := c.pascal(n - 1)
		row = make([]int, n+1)
		row[0], row[n] = 1, 1
		for k := 1; k < n; k++ {
			row[k] = prev[k-1] + prev[k]
		}
	}
	c.rows[n] = row
	return row
}

func fibMemo() func(int) int {
	memo := map[int]int{0: 0, 1: 1}
	var fib func(int) int
	fib = func(n int) int {
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	return fib
}

func main() {
	pairs := [][2]string{
		{"kitten", "sitting"},
		{"flaw", "lawn"},
		{"intention", "execution"},
		{"", "abc"},
		{"gopher", "gopher"},
	}
	for _, p := range pairs {
		m := NewMemo()
		d := m.EditDistance(p[0], p[1])
		fmt.Printf("%-10q %-10q dist=%d calls=%d hits=%d entries=%d\n", p[0], p[1], d, m.calls, m.hits, len(m.table))
	}
	rc := &rowCache{rows: map[int][]int{}}
	for _, n := range []int{4, 6, 3, 10} {
		strs := make([]string, 0, n+1)
		for _, v := range rc.pascal(n) {
			strs = append(strs, fmt.Sprint(v))
		}
		fmt.Printf("row %2d: %s\n", n, strings.Join(strs, " "))
	}
	fmt.Println("cached rows:", len(rc.rows))
	fib := fibMemo()
	for _, n := range []int{10, 30, 50, 90} {
		fmt.Println("fib", n, "=", fib(n))
	}
}
