package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c())
	d := counter()
	fmt.Println(d(), c())

	k := 10
	add := func(x int) int { return x + k }
	k = 20
	fmt.Println(apply([]int{1, 2, 3}, add))

	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	x := 1
	func() {
		x = 5
		func() { x *= 3 }()
	}()
	fmt.Println(x)

	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), ",")
	}
	fmt.Println()
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
}
