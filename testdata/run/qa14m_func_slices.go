// Closures capturing loop variables stored in slices and maps of funcs:
// per-iteration copies, shared counters, and deferred registration.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type step func(int) int

func pipeline(n int) []step {
	steps := make([]step, 0, n)
	for i := 1; i <= n; i++ {
		k := i
		steps = append(steps, func(x int) int { return x*k + i })
	}
	return steps
}

func shared() []func() int {
	var fs []func() int
	count := 0
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { count += i; return count })
	}
	return fs
}

type registry struct {
	handlers map[string]func(string) string
	order    []string
}

func (r *registry) add(name string, h func(string) string) {
	if r.handlers == nil {
		r.handlers = map[string]func(string) string{}
	}
	r.handlers[name] = h
	r.order = append(r.order, name)
}

func buildRegistry(words []string) *registry {
	r := &registry{}
	for idx, w := range words {
		w := w
		r.add(w, func(s string) string { return fmt.Sprintf("%s/%s#%d", w, s, idx) })
	}
	r.add("upper", strings.ToUpper)
	r.add("repeat", func(s string) string { return strings.Repeat(s, 2) })
	return r
}

func apply(x int, steps []step) int {
	for _, s := range steps {
		x = s(x)
	}
	return x
}

func main() {
	st := pipeline(4)
	fmt.Println(len(st), apply(1, st), apply(2, st[:2]))

	fs := shared()
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	r := buildRegistry([]string{"alpha", "beta", "gamma"})
	keys := make([]string, 0, len(r.handlers))
	for k := range r.handlers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, "->", r.handlers[k]("x"))
	}
	fmt.Println("order", r.order)

	var defers []func()
	for i := 0; i < 3; i++ {
		defers = append(defers, func() { fmt.Println("cleanup", i) })
	}
	for j := len(defers) - 1; j >= 0; j-- {
		defers[j]()
	}

	grid := [3][3]func() int{}
	for i := range grid {
		for j := range grid[i] {
			i, j := i, j
			grid[i][j] = func() int { return i*3 + j }
		}
	}
	sum := 0
	for _, row := range grid {
		for _, f := range row {
			sum += f()
		}
	}
	fmt.Println("grid sum", sum)
}
