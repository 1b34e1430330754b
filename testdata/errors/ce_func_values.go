package main

import "fmt"

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	r := apply(func(x int) { return x * 2 }, 3)
	s := apply(func(x string) int { return len(x) }, 3)
	fmt.Println(r, s)
	var fn func()
	fn = main
	fn()
	fmt.Println(fn == main)
	g := func() int {
	}
	_ = g
}
