package main

import (
	"fmt"
	"sort"
	"strings"
)

func counter(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int { v := n; n += step; return v }
	reset = func() { n = start }
	return
}

func memoFib() func(int) int {
	memo := map[int]int{}
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		if v, ok := memo[k]; ok {
			return v
		}
		v := fib(k-1) + fib(k-2)
		memo[k] = v
		return v
	}
	return fib
}

func accumulate() func(string) []string {
	var seen []string
	return func(s string) []string {
		seen = append(seen, s)
		return seen
	}
}

type registry struct {
	makers map[string]func(int) func(string) string
}

func newRegistry() *registry {
	r := &registry{makers: map[string]func(int) func(string) string{}}
	r.makers["pad"] = func(n int) func(string) string {
		return func(s string) string { return s + strings.Repeat(".", n-len(s)) }
	}
	r.makers["rep"] = func(n int) func(string) string {
		return func(s string) string { return strings.Repeat(s, n) }
	}
	r.makers["cut"] = func(n int) func(string) string {
		return func(s string) string {
			if len(s) > n {
				return s[:n]
			}
			return s
		}
	}
	return r
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func main() {
	next, reset := counter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	fib := memoFib()
	fmt.Println(fib(50), fib(10))
	acc := accumulate()
	acc("a")
	acc("b")
	got := acc("c")
	got[0] = "A"
	fmt.Println(acc("d"))
	r := newRegistry()
	names := make([]string, 0, len(r.makers))
	for k := range r.makers {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s(3)(\"ab\") = %q\n", n, r.makers[n](3)("ab"))
	}
	f := compose(r.makers["rep"](3), r.makers["cut"](5), r.makers["pad"](8), strings.ToUpper)
	fmt.Println(f("xy"), f("hello"))
	gens := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		nx, _ := counter(len(name)*100, len(gens)+1)
		gens[name] = nx
	}
	gens["a"]()
	fmt.Println(gens["a"](), gens["b"](), gens["b"]())
}
