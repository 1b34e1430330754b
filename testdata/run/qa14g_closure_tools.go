package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(float64) float64

func Compose(fs ...Op) Op {
	return func(x float64) float64 {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func Memo(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				return v
			}
			misses++
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return misses
		}
}

func Counter() (inc func() int, get func() int, reset func()) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = 0 }
	return
}

func Fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type Middleware func(Handler) Handler
type Handler func(string) string

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Tag(name string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string {
			return "<" + name + ">" + next(s) + "</" + name + ">"
		}
	}
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string {
			*log = append(*log, "in:"+s)
			out := next(s)
			*log = append(*log, "out:"+out)
			return out
		}
	}
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func main() {
	double := func(x float64) float64 { return x * 2 }
	inc := func(x float64) float64 { return x + 1 }
	f := Compose(double, inc)
	g := Compose(inc, double)
	fmt.Println(f(5), g(5), Compose()(7))

	var slowFib func(int) int
	calls := 0
	slowFib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return slowFib(n-1) + slowFib(n-2)
	}
	fast, misses := Memo(slowFib)
	fmt.Println(fast(20), calls, misses())
	fmt.Println(fast(20), calls, misses())

	var memoFib func(int) int
	memoFib, m2 := Memo(func(n int) int {
		if n < 2 {
			return n
		}
		return memoFib(n-1) + memoFib(n-2)
	})
	fmt.Println(memoFib(80), m2())

	i1, get, reset := Counter()
	i1()
	i1()
	fmt.Println(get(), i1())
	reset()
	fmt.Println(get())

	nx := Fib()
	var fs []int
	for i := 0; i < 12; i++ {
		fs = append(fs, nx())
	}
	fmt.Println(fs)

	var log []string
	h := Chain(strings.ToUpper, Logging(&log), Tag("b"), Tag("i"))
	fmt.Println(h("hi"))
	fmt.Println(log)

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()

	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "kiwi", "akee"}
	groups := GroupBy(words, func(s string) byte { return s[0] })
	keys := make([]int, 0)
	for k := range groups {
		keys = append(keys, int(k))
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("%c=%v ", k, groups[byte(k)])
	}
	fmt.Println()
	byLen := GroupBy(words, func(s string) int { return len(s) })
	fmt.Println(byLen[4], byLen[6], len(byLen))
}
