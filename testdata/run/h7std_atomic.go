// Embedding sync/atomic's typed values by value and by pointer.
package main

import (
	"fmt"
	"sync/atomic"
)

type hits struct {
	atomic.Int64
	name string
}

type hits32 struct {
	atomic.Int32
}

type uhits struct {
	*atomic.Uint64
}

type flag struct {
	atomic.Bool
}

type box struct {
	atomic.Value
}

type ptr struct {
	atomic.Pointer[int]
}

type adder interface {
	Add(int64) int64
	Load() int64
}

type loader interface{ Load() any }

func main() {
	h := &hits{name: "h"}
	var a adder = h
	a.Add(3)
	h32 := &hits32{}
	h32.Add(2)
	u := uhits{new(atomic.Uint64)}
	u.Add(5)
	f := &flag{}
	f.Store(true)
	b := &box{}
	b.Store("x")
	var l loader = b
	p := &ptr{}
	x := 7
	p.Store(&x)
	fmt.Println(a.Load(), h32.Load(), u.Load(), f.Load(), l.Load(), *p.Load())
}
