// An atomic.Pointer[T] one level down: Registry[T] holds slot[T]s that
// hold the pointer.  gc converts a generic type's field types with it, so
// atomic.Pointer[int]'s methods are listed before Registry[int]'s; the
// one no body calls (Store) is reported right before Promote's callees.
package main

import (
	"fmt"
	"sync/atomic"
)

type slot[T any] struct {
	cur   atomic.Pointer[T]
	swaps int
}

type Registry[T any] struct {
	primary slot[T]
	backup  slot[T]
}

func (r *Registry[T]) Set(v T) *T {
	r.primary.swaps++
	return r.primary.cur.Swap(&v)
}

func (r *Registry[T]) Get() (T, bool) {
	if p := r.primary.cur.Load(); p != nil {
		return *p, true
	}
	var zero T
	return zero, false
}

func (r *Registry[T]) Promote() bool {
	p := r.backup.cur.Load()
	return p != nil && r.primary.cur.CompareAndSwap(nil, p)
}

func main() {
	var ri Registry[int]
	ri.Set(1)
	ri.Set(2)
	x, _ := ri.Get()
	fmt.Println(x, ri.primary.swaps)
}
