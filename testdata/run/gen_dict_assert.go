// Type assertions to a type argument inside an instance are dynamic in gc
// (the type comes from the dictionary): printed <node DYNAMICDOTTYPE>,
// 4 more inline nodes, so a generic sync.Pool wrapper's Get is not
// inlinable (cost 81); a generic counter map of *atomic.Int64.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter[K comparable] struct {
	mu sync.Mutex
	m  map[K]*atomic.Int64
}

func (c *Counter[K]) Inc(k K) int64 {
	c.mu.Lock()
	v, ok := c.m[k]
	if !ok {
		if c.m == nil {
			c.m = make(map[K]*atomic.Int64)
		}
		v = new(atomic.Int64)
		c.m[k] = v
	}
	c.mu.Unlock()
	return v.Add(1)
}

type Pool[T any] struct {
	p   sync.Pool
	new func() T
	got atomic.Int32
}

func NewPool[T any](f func() T) *Pool[T] {
	pl := &Pool[T]{new: f}
	pl.p.New = func() any { return f() }
	return pl
}

func (p *Pool[T]) Get() T {
	p.got.Add(1)
	return p.p.Get().(T)
}

func (p *Pool[T]) Put(x T) { p.p.Put(x) }

type buf struct{ b []byte }

func main() {
	dyn()
	var c Counter[string]
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc([]string{"even", "odd"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m["even"].Load(), c.m["odd"].Load())
	p := NewPool(func() *buf { return &buf{b: make([]byte, 0, 64)} })
	b := p.Get()
	b.b = append(b.b, "hi"...)
	fmt.Println(len(b.b), cap(b.b), p.got.Load())
	p.Put(b)
}
type Getter interface{ Get() int }

type G int

func (g G) Get() int { return int(g) }

func Cast[T any](x any) T { return x.(T) }

func Show[T any](x any) {
	fmt.Println(x.(T))
	if v, ok := x.(T); ok {
		fmt.Println("ok", v)
	}
}

func FromGetter[T Getter](g Getter) T { return g.(T) }

func dyn() {
	fmt.Println(Cast[int](3), Cast[string]("s"))
	Show[G](G(4))
	fmt.Println(FromGetter[G](G(5)).Get())
}
