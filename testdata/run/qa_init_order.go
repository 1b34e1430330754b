package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var registry = map[string]func() int{}

func f(s string) int {
	fmt.Println("init", s)
	return d + len(s)
}

func init() {
	fmt.Println("init 1: a =", a)
	registry["one"] = func() int { return 1 }
}

func init() {
	fmt.Println("init 2: registry size", len(registry))
	registry["two"] = func() int { return 2 }
}

type T struct{ n int }

var tp = &T{n: len(registry) + 10}

func main() {
	fmt.Println("main", a, b, c, d, registry["two"](), tp.n)
}
