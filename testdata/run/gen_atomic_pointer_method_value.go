// Method values of atomic.Pointer[T]'s methods inside generic code: gc's
// stenciler makes a closure calling the shaped method, capturing the
// receiver (.rcvrN) and the sub-dictionary (.dictN), with the shaped
// signature (func() *go.shape.string_0); it is then inlinable.
package main

import (
	"fmt"
	"sync/atomic"
)

type Box[T any] struct {
	p atomic.Pointer[T]
}

func (b *Box[T]) Getter() func() *T { return b.p.Load }

func (b *Box[T]) Setter() func(*T) {
	store := b.p.Store
	return func(v *T) { store(v) }
}

func main() {
	var b Box[string]
	set := b.Setter()
	s := "hello"
	set(&s)
	get := b.Getter()
	fmt.Println(*get(), *b.p.Load())
}
