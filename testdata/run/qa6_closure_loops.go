// Closures capturing loop variables (the Go 1.19 shared-variable gotcha and
// its fixes), defer inside loops, method values and method expressions
// stored in slices and maps.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Greeter struct {
	greeting string
}

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }
func (g *Greeter) Set(s string)             { g.greeting = s }

func collect() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	return fs
}

func collectFixed() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * 10 })
	}
	return fs
}

func cleanup(names []string) (log []string) {
	for _, n := range names {
		defer func(n string) {
			log = append(log, "close "+n)
		}(n)
	}
	for _, n := range names {
		log = append(log, "open "+n)
	}
	return log
}

func counterPair() (func() int, func()) {
	n := 0
	return func() int { return n }, func() { n++ }
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	for _, f := range collect() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, f := range collectFixed() {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	fmt.Println(strings.Join(cleanup([]string{"a", "b", "c"}), "; "))

	get, inc := counterPair()
	for i := 0; i < 4; i++ {
		inc()
	}
	fmt.Println("counter", get())

	g := &Greeter{greeting: "hello"}
	greet := g.Greet
	set := g.Set
	set("hi")
	fmt.Println(greet("bob"), g.Greet("ann"))

	byName := map[string]func(Greeter, string) string{
		"greet": Greeter.Greet,
	}
	fmt.Println(byName["greet"](Greeter{"hey"}, "zoe"))
	setExpr := (*Greeter).Set
	setExpr(g, "yo")
	fmt.Println(g.Greet("max"))

	factor := 3
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * factor }))

	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
		"sub": func(a, b int) int { return a - b },
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k](7, 5))
	}
}
