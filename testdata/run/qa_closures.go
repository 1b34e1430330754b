package main

import (
	"fmt"
	"strings"
)

func makeCounter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func adder(base int) func(int) int {
	return func(x int) int { base += x; return base }
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

type Op func(int, int) int

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	inc, reset := makeCounter()
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())
	a := adder(10)
	fmt.Println(a(1), a(2), a(3))
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		i := i
		funcs[i] = func() int { return i * 10 }
	}
	fmt.Println(funcs[0](), funcs[1](), funcs[2]())
	up := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(up("  hello "))
	ops := map[string]Op{"+": func(a, b int) int { return a + b }, "*": func(a, b int) int { return a * b }}
	fmt.Println(ops["+"](3, 4), ops["*"](3, 4))
	var fib func(int) int
	calls := 0
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)
	x := 1
	func() { x = 2 }()
	fmt.Println(x)
	var nf func()
	fmt.Println(nf == nil)
}
