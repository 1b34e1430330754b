// Embedding atomic.Uint32, Uintptr, *Int32, *Bool and *Value by pointer;
// sync.Pool by value and by pointer.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type u32 struct {
	atomic.Uint32
}

type uptr struct {
	atomic.Uintptr
}

type i32p struct {
	*atomic.Int32
}

type boolP struct {
	*atomic.Bool
}

type valP struct {
	*atomic.Value
}

type pool struct {
	sync.Pool
}

type poolP struct {
	*sync.Pool
}

type getter interface{ Get() any }

type swapper interface {
	Swap(new uint32) uint32
	CompareAndSwap(old, new uint32) bool
}

func main() {
	a := &u32{}
	var s swapper = a
	s.Swap(4)
	fmt.Println(s.CompareAndSwap(4, 5), a.Load())
	p := &uptr{}
	p.Add(3)
	i := i32p{new(atomic.Int32)}
	i.Store(9)
	b := boolP{new(atomic.Bool)}
	b.Store(true)
	v := valP{new(atomic.Value)}
	v.Store(1)
	pl := &pool{sync.Pool{New: func() any { return "new" }}}
	var g getter = pl
	fmt.Println(g.Get())
	g = poolP{&sync.Pool{New: func() any { return 2 }}}
	fmt.Println(g.Get(), p.Load(), i.Load(), b.Load(), v.Load())
}
