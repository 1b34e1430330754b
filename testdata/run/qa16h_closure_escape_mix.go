package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()           { c.n++ }
func (c *Counter) Add(k int) int  { c.n += k; return c.n }
func (c Counter) Snapshot() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Middleware func(next func(string) string) func(string) string

func chain(h func(string) string, ms ...Middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func tag(t string) Middleware {
	return func(next func(string) string) func(string) string {
		return func(s string) string { return "<" + t + ">" + next(s) + "</" + t + ">" }
	}
}

func counting(c *Counter) Middleware {
	return func(next func(string) string) func(string) string {
		return func(s string) string {
			c.Inc()
			return next(s)
		}
	}
}

type Registry struct {
	hooks map[string][]func() string
}

func (r *Registry) On(ev string, f func() string) {
	if r.hooks == nil {
		r.hooks = map[string][]func() string{}
	}
	r.hooks[ev] = append(r.hooks[ev], f)
}

func (r *Registry) Fire(ev string) []string {
	var out []string
	for _, f := range r.hooks[ev] {
		out = append(out, f())
	}
	return out
}

func memo(f func(int) int) (func(int) int, func() int) {
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

func main() {
	hits := &Counter{name: "hits"}
	h := chain(strings.ToUpper, counting(hits), tag("b"), tag("i"))
	fmt.Println(h("go"), h("gc"), hits.n)

	var r Registry
	c1 := &Counter{name: "a"}
	c2 := Counter{name: "b"}
	r.On("tick", func() string { c1.Inc(); return c1.Snapshot() })
	r.On("tick", c2.Snapshot) // method value: copies c2 now
	inc := c1.Add             // method value with pointer receiver
	r.On("tick", func() string { return fmt.Sprint(inc(10)) })
	c2.n = 99
	fmt.Println(r.Fire("tick"))
	fmt.Println(r.Fire("tick"), c1.n, c2.n)
	fmt.Println(r.Fire("none") == nil)

	var fib func(int) int
	slowCalls := 0
	fib = func(n int) int {
		slowCalls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fast, misses := memo(fib)
	fmt.Println(fast(20), fast(20), misses(), slowCalls)

	adders := make([]func(int) int, 0, 4)
	for _, k := range []int{1, 10, 100} {
		k := k
		adders = append(adders, func(x int) int { return x + k })
	}
	total := 0
	for _, a := range adders {
		total = a(total)
	}
	fmt.Println(total)

	words := strings.Fields("delta alpha charlie bravo")
	byLen := func(desc bool) func(i, j int) bool {
		return func(i, j int) bool {
			if len(words[i]) != len(words[j]) {
				return (len(words[i]) < len(words[j])) != desc
			}
			return words[i] < words[j]
		}
	}
	sort.Slice(words, byLen(false))
	fmt.Println(words)
	sort.Slice(words, byLen(true))
	fmt.Println(words)
	deferred := func() (s string) {
		x := 1
		defer func() { s = fmt.Sprint(s, x) }()
		x = 2
		return "x="
	}()
	fmt.Println(deferred)
}
