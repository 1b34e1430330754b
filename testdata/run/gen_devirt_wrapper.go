// A call devirtualized to a method of a generic type goes to the
// instance's method wrapper, which gc escape-analyses only after the
// package's functions: without its tags the receiver escapes.
package main

import "fmt"

type Container[T any] interface {
	Put(v T)
	Len() int
}

type Bag[T any] struct{ items []T }

func (b *Bag[T]) Put(v T)  { b.items = append(b.items, v) }
func (b *Bag[T]) Len() int { return len(b.items) }

func Fill[T any](c Container[T], xs []T) Container[T] {
	for _, x := range xs {
		c.Put(x)
	}
	return c
}

func main() {
	b := Fill[string](&Bag[string]{}, []string{"x", "y"})
	fmt.Println(b.Len())
	var c Container[int] = &Bag[int]{}
	c.Put(1)
	fmt.Println(c.Len())
}
