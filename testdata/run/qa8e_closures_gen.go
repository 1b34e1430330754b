package main

import (
	"fmt"
	"strings"
)

func counter(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int {
		v := n
		n += step
		return v
	}
	reset = func() { n = start }
	return
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	hits := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			hits++
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}, &hits
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func take(gen func() int, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = gen()
	}
	return out
}

type Middleware func(Handler) Handler
type Handler func(req string) string

func logging(prefix string, log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string {
			*log = append(*log, prefix+" in:"+req)
			resp := next(req)
			*log = append(*log, prefix+" out:"+resp)
			return resp
		}
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	next, reset := counter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	fmt.Println(take(fib(), 12))

	calls := 0
	square := func(n int) int { calls++; return n * n }
	msq, hits := memo(square)
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(msq(n), " ")
	}
	fmt.Println("| calls", calls, "hits", *hits)

	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Printf("%q\n", shout("  hello there "))

	var funcs []func() string
	for _, w := range []string{"a", "b", "c"} {
		w := w
		funcs = append(funcs, func() string { return strings.Repeat(w, 2) })
	}
	for _, f := range funcs {
		fmt.Print(f(), ",")
	}
	fmt.Println()

	var log []string
	h := chain(func(r string) string { return strings.ToUpper(r) }, logging("A", &log), logging("B", &log))
	fmt.Println(h("ping"))
	fmt.Println(strings.Join(log, "; "))

	acc := func() func(float64) float64 {
		sum := 0.0
		return func(x float64) float64 { sum += x; return sum }
	}()
	for _, x := range []float64{1.5, 2.25, -0.75} {
		fmt.Printf("%.2f ", acc(x))
	}
	fmt.Println()
}
