// go 1.19 takes *T (T a type parameter) for a pointer to an interface:
// a P constrained by interface{ *T } is not assignable to *T, whatever
// the target (variable, argument, method argument, return, field).
package main

import "sync/atomic"

type Box[T any] struct{ p *T }

func (b *Box[T]) Put(v *T) { b.p = v }

type Cell[T any, P interface{ *T }] struct {
	b Box[T]
	a atomic.Pointer[T]
}

func (c *Cell[T, P]) Set(v P)  { c.b.Put(v) }
func (c *Cell[T, P]) Set2(v P) { c.a.Store(v) }
func (c *Cell[T, P]) Set3(v P) { c.b.p = v }
func (c *Cell[T, P]) Ok(v P)   { c.b.p = (*T)(v); c.a.Store((*T)(v)); var t T; c.b.Put(&t) }

func F[T any, P interface{ *T }](v P) *T {
	var x *T = v
	_ = x
	return v
}

func main() {
	var c Cell[int, *int]
	x := 1
	c.Set(&x)
	c.Set2(&x)
	c.Set3(&x)
	c.Ok(&x)
	_ = F[int](&x)
}
