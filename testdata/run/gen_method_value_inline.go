package main

import "fmt"

// A method value of a generic type is gc's closure capturing the receiver
// (.rcvrN = c); when the function holding it is inlined, the receiver's
// assignment moves into the caller with the closure, so what the closure
// keeps escapes there too.

type Counter[T any] struct {
	hits int
	last T
}

func (c *Counter[T]) Hit(v T) {
	c.hits++
	c.last = v
}

func (c *Counter[T]) Reset() { c.hits = 0 }

var hook func()

func register[T any]() *Counter[T] {
	c := &Counter[T]{}
	hook = c.Reset
	return c
}

func apply(f func()) { f() }

func each[T any](xs []T) int {
	c := &Counter[T]{}
	hit := c.Hit
	for _, x := range xs {
		hit(x)
	}
	apply(c.Reset)
	return c.hits
}

func main() {
	c := register[string]()
	c.Hit("a")
	c.Hit("b")
	fmt.Println(c.hits, c.last)
	hook()
	fmt.Println(c.hits)
	fmt.Println(each([]int{1, 2, 3}), each([]string{"x"}))
}
