// The same counter protected three ways: atomic, Mutex, RWMutex; the
// totals are exact.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type mutexCounter struct {
	mu sync.Mutex
	n  int64
}

func (c *mutexCounter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

type rwCounter struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *rwCounter) add(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func (c *rwCounter) get(k string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[k]
}

func main() {
	const G, N = 8, 10000
	var a int64
	var au atomic.Uint32
	mc := &mutexCounter{}
	rc := &rwCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for g := 0; g < G; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < N; i++ {
				atomic.AddInt64(&a, 1)
				au.Add(2)
				mc.inc()
				if i%100 == 0 {
					rc.add(fmt.Sprint("k", g%3))
				}
				_ = rc.get("k0")
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&a), au.Load(), mc.n)
	fmt.Println(rc.get("k0"), rc.get("k1"), rc.get("k2"))
	var swapped = atomic.CompareAndSwapInt64(&a, G*N, -1)
	fmt.Println(swapped, a, atomic.SwapInt64(&a, 7), a)
}
