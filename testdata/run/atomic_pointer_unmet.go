// Plain atomic.Pointer[Snap[X]] variables whose methods only generic
// functions call (through views gc spells apart for *rec and rec): gc
// instantiates every method of each fully instantiated type, after the
// functions, in the order the types were made, in table order.
package main

import (
	"fmt"
	"sync/atomic"
)

type Snap[T any] struct {
	items []T
}

func Publish[T any](p *atomic.Pointer[Snap[T]], items ...T) *Snap[T] {
	s := &Snap[T]{items: items}
	return p.Swap(s)
}

func Read[T any](p *atomic.Pointer[Snap[T]]) []T {
	if s := p.Load(); s != nil {
		return s.items
	}
	return nil
}

type rec struct{ a, b int }

func main() {
	var pi atomic.Pointer[Snap[int]]
	Publish(&pi, 1, 2, 3)
	old := Publish(&pi, 4)
	fmt.Println(old.items, Read(&pi))
	var pr atomic.Pointer[Snap[*rec]]
	Publish(&pr, &rec{1, 2})
	fmt.Println(Read(&pr)[0].b)
	var ps atomic.Pointer[Snap[rec]]
	fmt.Println(Read(&ps) == nil)
	Publish(&ps, rec{3, 4})
	fmt.Println(Read(&ps))
}
