// Closures and the variables they capture: counters, generators,
// memoisation with a map captured by a closure, middleware chains, and the
// Go 1.19 loop-variable rule (one variable per loop, shared by closures).
package main

import (
	"fmt"
	"sort"
	"strings"
)

func makeCounter(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int {
		v := n
		n += step
		return v
	}
	reset = func() { n = start }
	return
}

func fibGen() func() uint64 {
	a, b := uint64(0), uint64(1)
	return func() uint64 {
		r := a
		a, b = b, a+b
		return r
	}
}

func memoize(f func(int) int, calls *int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		*calls++
		v := f(n)
		cache[n] = v
		return v
	}
}

type Handler func(req string) string

type Middleware func(Handler) Handler

func logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string {
			*log = append(*log, "in:"+req)
			resp := next(req)
			*log = append(*log, "out:"+resp)
			return resp
		}
	}
}

func upper(next Handler) Handler {
	return func(req string) string { return strings.ToUpper(next(req)) }
}

func prefix(p string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string { return p + next(req) }
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type Button struct {
	label    string
	handlers []func() string
}

func (b *Button) OnClick(f func() string) { b.handlers = append(b.handlers, f) }

func (b *Button) Click() []string {
	var out []string
	for _, h := range b.handlers {
		out = append(out, h())
	}
	return out
}

func main() {
	next, reset := makeCounter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	fib := fibGen()
	var fibs []uint64
	for i := 0; i < 15; i++ {
		fibs = append(fibs, fib())
	}
	fmt.Println(fibs)

	calls := 0
	var slowSquare func(int) int
	slowSquare = func(n int) int { return n * n }
	fast := memoize(slowSquare, &calls)
	total := 0
	for _, n := range []int{3, 4, 3, 3, 5, 4, 10} {
		total += fast(n)
	}
	fmt.Println("total:", total, "real calls:", calls)

	var fibMemo func(int) int
	memo := map[int]int{}
	fibMemo = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fibMemo(n-1) + fibMemo(n-2)
		memo[n] = v
		return v
	}
	fmt.Println("fib(80):", fibMemo(80), "memo size:", len(memo))

	var log []string
	h := chain(func(req string) string { return "hello " + req }, logging(&log), prefix(">> "), upper)
	fmt.Println(h("gopher"))
	fmt.Println(h("world"))
	fmt.Println(strings.Join(log, ", "))

	// Go 1.19: the loop variable is shared by all iterations.
	var shared []func() int
	for i := 0; i < 3; i++ {
		shared = append(shared, func() int { return i })
	}
	var perIter []func() int
	for i := 0; i < 3; i++ {
		i := i
		perIter = append(perIter, func() int { return i })
	}
	for k := range shared {
		fmt.Print(shared[k](), perIter[k](), " ")
	}
	fmt.Println()

	b := &Button{label: "ok"}
	clicks := 0
	for _, name := range []string{"save", "close"} {
		name := name
		b.OnClick(func() string {
			clicks++
			return fmt.Sprintf("%s#%d(%s)", name, clicks, b.label)
		})
	}
	fmt.Println(b.Click(), b.Click())

	words := strings.Fields("delta alpha charlie bravo echo alpha")
	counts := map[string]int{}
	visit := func(w string) { counts[w]++ }
	for _, w := range words {
		visit(w)
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println(keys)

	adders := make(map[string]func(int) int)
	for _, d := range []int{1, 10, 100} {
		d := d
		adders[fmt.Sprint("add", d)] = func(x int) int { return x + d }
	}
	fmt.Println(adders["add1"](1), adders["add10"](1), adders["add100"](1))

	defer func() {
		fmt.Println("deferred closure sees clicks =", clicks)
	}()
	clicks = 100
}
