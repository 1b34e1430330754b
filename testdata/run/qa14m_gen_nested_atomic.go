// A generic registry whose slots hold an atomic.Pointer[T] one level down:
// Registry[T] has a slot[T] field that holds the atomic pointer, plus a
// generic function with a local atomic.Pointer.
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
	if p := r.backup.cur.Load(); p != nil {
		return *p, true
	}
	var zero T
	return zero, false
}

func (r *Registry[T]) Promote() bool {
	p := r.backup.cur.Load()
	return p != nil && r.primary.cur.CompareAndSwap(nil, p)
}

type conf struct {
	name string
	port int
}

func main() {
	var r Registry[conf]
	_, ok := r.Get()
	fmt.Println("empty", ok)
	r.backup.cur.Store(&conf{"backup", 81})
	v, ok := r.Get()
	fmt.Println(v, ok, r.Promote(), r.Promote())
	old := r.Set(conf{"main", 80})
	v, _ = r.Get()
	fmt.Println(old.name, v, r.primary.swaps)

	var ri Registry[int]
	ri.Set(1)
	ri.Set(2)
	x, _ := ri.Get()
	fmt.Println(x, ri.primary.swaps)
}
