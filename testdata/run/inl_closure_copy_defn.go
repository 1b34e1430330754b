package main

import "fmt"

// Inlining a function that returns a closure copies the closure, and the
// closures inside it: their variables keep their definitions, so a call
// through `f := func() {...}` in the copy reaches the copied literal.

var trace []string

func mk(tag string) func() int {
	return func() int {
		f := func() int { return len(tag) }
		g, _ := f, 0
		trace = append(trace, tag)
		return f() + g()
	}
}

func nested() int {
	return func() func() int {
		return func() int {
			h := func() int { return 7 }
			return h()
		}
	}()()
}

func twice(x int) func() int {
	return func() int {
		double := func(y int) int { return 2 * y }
		return double(x)
	}
}

func main() {
	fmt.Println(mk("abc")())
	fmt.Println(nested())
	fmt.Println(twice(21)())
	fmt.Println(trace)
}
