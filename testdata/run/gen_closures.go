// Closures in generic code: closures capturing T values and *T, generic
// methods returning closures (Counter[K].Incrementer), memoization of a
// func(K) V, Once[T] lazy values, defer in generic functions (modifying a
// named result of type T), and a generic event bus of handlers.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func Accumulator[T ~int | ~float64 | ~string](start T) func(T) T {
	acc := start
	return func(x T) T {
		acc += x
		return acc
	}
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			calls++
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return calls
		}
}

type Counter[K comparable] struct {
	counts map[K]int
}

func (c *Counter[K]) Incrementer(k K) func() int {
	if c.counts == nil {
		c.counts = make(map[K]int)
	}
	return func() int {
		c.counts[k]++
		return c.counts[k]
	}
}

func Once[T any](f func() T) func() T {
	var (
		done bool
		val  T
	)
	return func() T {
		if !done {
			val = f()
			done = true
		}
		return val
	}
}

func WithDefault[T any](def T, f func() T) (res T) {
	defer func() {
		if r := recover(); r != nil {
			res = def
		}
	}()
	return f()
}

func Counted[T any](log *[]string, name string, f func() T) (res T) {
	defer func() {
		*log = append(*log, fmt.Sprintf("%s -> %v", name, res))
	}()
	res = f()
	return res
}

type Bus[E any] struct {
	handlers map[string][]func(E)
}

func (b *Bus[E]) On(topic string, h func(E)) func() {
	if b.handlers == nil {
		b.handlers = map[string][]func(E){}
	}
	b.handlers[topic] = append(b.handlers[topic], h)
	idx := len(b.handlers[topic]) - 1
	return func() { b.handlers[topic][idx] = nil }
}

func (b *Bus[E]) Emit(topic string, e E) int {
	n := 0
	for _, h := range b.handlers[topic] {
		if h != nil {
			h(e)
			n++
		}
	}
	return n
}

func Adders[T ~int](xs []T) []func() T {
	var fs []func() T
	for _, x := range xs {
		x := x
		fs = append(fs, func() T { return x * 10 })
	}
	return fs
}

func main() {
	ai := Accumulator(10)
	ai(5)
	fmt.Println(ai(1))
	as := Accumulator("go")
	as("-")
	fmt.Println(as("pher"))
	af := Accumulator(0.5)
	fmt.Println(af(0.25), af(0.25))

	var fib func(int) int
	fibm, calls := Memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fib = fibm
	fmt.Println(fib(50), calls())
	up, upCalls := Memo(strings.ToUpper)
	fmt.Println(up("a"), up("b"), up("a"), upCalls())

	var c Counter[string]
	incA := c.Incrementer("a")
	incB := c.Incrementer("b")
	incA()
	incA()
	incB()
	fmt.Println(incA(), incB(), c.counts["a"], len(c.counts))

	n := 0
	get := Once(func() []int { n++; return []int{n, n * 2} })
	fmt.Println(get(), get(), n)

	fmt.Println(WithDefault(-1, func() int { return []int{}[0] }))
	fmt.Println(WithDefault("fallback", func() string { return "fine" }))
	var m map[string]int
	fmt.Println(WithDefault(false, func() bool { m["x"] = 1; return true }))

	var log []string
	Counted(&log, "sum", func() int { return 1 + 2 })
	Counted(&log, "words", func() []string { return strings.Fields(" a b  c ") })
	fmt.Println(strings.Join(log, "; "))

	var bus Bus[map[string]int]
	var seen []string
	off := bus.On("tick", func(e map[string]int) { seen = append(seen, fmt.Sprint("h1:", e["n"])) })
	bus.On("tick", func(e map[string]int) { e["n"]++; seen = append(seen, fmt.Sprint("h2:", e["n"])) })
	ev := map[string]int{"n": 1}
	fmt.Println(bus.Emit("tick", ev), bus.Emit("none", ev))
	off()
	fmt.Println(bus.Emit("tick", ev), ev["n"])
	fmt.Println(seen)

	for _, f := range Adders([]int{1, 2, 3}) {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	keys := make([]string, 0)
	for k := range c.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
