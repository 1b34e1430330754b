// A struct with an atomic.Pointer[int] field next to a generic type with
// methods: gc writes *atomic.Pointer[int]'s descriptor (and its method
// wrappers) while it writes the struct's field types, before the sorted
// descriptors of the package's instances (-m=2 wrapper order).
package main

import "sync/atomic"

type Box struct {
	p atomic.Pointer[int]
}

func (b *Box) Set(v int) { b.p.Store(&v) }
func (b *Box) Get() *int { return b.p.Load() }

type Z[T any] struct{ t T }

func (z *Z[T]) Get() T { return z.t }

var zs any

func (z *Z[T]) Keep() { zs = z }

func main() {
	var b Box
	b.Set(3)
	println(*b.Get())
	var z Z[int]
	println(z.Get())
	z.Keep()
}
