// A generic type holding an atomic.Pointer[T]: inside the instance gc calls
// the shaped atomic.(*Pointer[go.shape.S]) methods with a sub-dictionary
// and inlines them (a shaped receiver), so -m reports "inlining call to
// atomic.(*Pointer[go.shape.int_0]).Store" and costs count the inline body.
package main

import (
	"fmt"
	"sync/atomic"
)

type Box[T any] struct {
	p    atomic.Pointer[T]
	sets int
}

func (b *Box[T]) Set(v T) { b.p.Store(&v); b.sets++ }
func (b *Box[T]) Get() *T { return b.p.Load() }

func (b *Box[T]) Replace(v T) (old T, ok bool) {
	prev := b.p.Swap(&v)
	if prev == nil {
		return old, false
	}
	return *prev, true
}

func (b *Box[T]) SetIf(expect *T, v T) bool {
	return b.p.CompareAndSwap(expect, &v)
}

func main() {
	var b Box[int]
	b.Set(3)
	fmt.Println(*b.Get(), b.sets)
	old, ok := b.Replace(4)
	fmt.Println(old, ok, *b.Get())
	cur := b.Get()
	fmt.Println(b.SetIf(cur, 9), b.SetIf(cur, 10), *b.Get())
	var s Box[string]
	_, ok = s.Replace("x")
	fmt.Println(ok, *s.Get(), s.Get() != nil)
}
