// Method wrappers of instantiated generic types and inlining of shaped
// functions: a generic type embedding sync.Mutex gets wrappers that call
// the Mutex methods (inlined, also with -l); methods promoted from an
// embedded generic instance and an instance's own methods called through
// a pointer are wrappers gc does not inline; a shaped function with
// shape-typed parameters is inlined only when an argument has a shape
// type (a variadic one called with no arguments is not), one without
// them whenever no argument has one.
package main

import (
	"fmt"
	"sync"
)

type Guarded[T any] struct {
	sync.Mutex
	v T
}

func (g *Guarded[T]) Set(v T) {
	g.Lock()
	g.v = v
	g.Unlock()
}

type Inner[T any] struct{ items []T }

func (in Inner[T]) Len() int       { return len(in.items) }
func (in *Inner[T]) Push(v T)      { in.items = append(in.items, v) }
func (in Inner[T]) First(def T) T { return append(in.items, def)[0] }

type Outer[T any] struct {
	Inner[T]
	tag string
}

type Lener interface{ Len() int }

func Zero[T any]() T {
	var z T
	return z
}

func Pack[T any](xs ...T) []T { return xs }

func Build[T any](v T) []T {
	_ = Pack[T]()
	z := Zero[T]()
	return Pack(v, z)
}

func main() {
	var g Guarded[int]
	g.Set(4)
	var l sync.Locker = &g
	l.Lock()
	l.Unlock()

	o := &Outer[string]{tag: "o"}
	o.Push("a")
	var n Lener = o
	var n2 Lener = Inner[string]{}
	fmt.Println(n.Len(), n2.Len(), o.First("z"), g.v)

	fmt.Println(Build(3), Build("s"), Zero[float64](), len(Pack[int]()))
}
