// A generic function's local atomic.Pointer[T]: the shaped methods its
// instance calls are stenciled in call order (Store before Load), the
// others after; -m=2 analyses them in that order.
package main

import "sync/atomic"

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

func Keep[T any](v T) *T {
	var p atomic.Pointer[T]
	p.Store(&v)
	return p.Load()
}

func main() {
	b := &Box[string]{"x"}
	println(b.Get(), *Keep(3), *Keep("s"))
}
