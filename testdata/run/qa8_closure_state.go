// Closures that capture variables: counters and generators that outlive
// their function (the captured variable moves to the heap), closures called
// on the spot (they do not escape), captured values never reassigned.
package main

import (
	"fmt"
	"strings"
)

func counter(start int) func() int {
	n := start
	return func() int {
		n++
		return n
	}
}

func fibGen() func() uint64 {
	a, b := uint64(0), uint64(1)
	return func() uint64 {
		r := a
		a, b = b, a+b
		return r
	}
}

func applyAll(xs []int, fs ...func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		for _, f := range fs {
			x = f(x)
		}
		out[i] = x
	}
	return out
}

func sumWith(xs []int) int {
	total := 0
	add := func(v int) { total += v }
	for _, x := range xs {
		add(x)
	}
	return total
}

func prefixer(prefix string) func(string) string {
	return func(s string) string { return prefix + s }
}

type Hooks struct {
	before []func(string) string
}

func (h *Hooks) Add(f func(string) string) { h.before = append(h.before, f) }

func (h *Hooks) Run(s string) string {
	for _, f := range h.before {
		s = f(s)
	}
	return s
}

func main() {
	c1, c2 := counter(0), counter(10)
	c1()
	c1()
	fmt.Println(c1(), c2())

	fib := fibGen()
	var fs []string
	for i := 0; i < 10; i++ {
		fs = append(fs, fmt.Sprint(fib()))
	}
	fmt.Println(strings.Join(fs, " "))

	k := 3
	double := func(x int) int { return x * 2 }
	addK := func(x int) int { return x + k }
	k = 5
	fmt.Println(applyAll([]int{1, 2, 3}, double, addK))
	fmt.Println(sumWith([]int{4, 5, 6}))

	var h Hooks
	h.Add(prefixer("<"))
	h.Add(strings.ToUpper)
	h.Add(func(s string) string { return s + ">" })
	fmt.Println(h.Run("tag"))

	result := func(a, b int) int { return a*b + k }(6, 7)
	fmt.Println(result)

	funcs := make([]func() int, 3)
	for i := 0; i < 3; i++ {
		i := i
		funcs[i] = func() int { return i * i }
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
