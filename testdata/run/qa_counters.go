package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type MutexCounter struct {
	mu sync.Mutex
	n  int
}

func (c *MutexCounter) Inc() { c.mu.Lock(); c.n++; c.mu.Unlock() }

type RWCounter struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *RWCounter) Inc(k string) { c.mu.Lock(); defer c.mu.Unlock(); c.m[k]++ }
func (c *RWCounter) Get(k string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[k]
}

func main() {
	const G, N = 10, 1000
	var a int64
	var ai atomic.Int64
	var mc MutexCounter
	rc := RWCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for g := 0; g < G; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < N; i++ {
				atomic.AddInt64(&a, 1)
				ai.Add(2)
				mc.Inc()
				if i%100 == 0 {
					rc.Inc(fmt.Sprint("k", g%3))
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&a), ai.Load(), mc.n)
	fmt.Println(rc.Get("k0"), rc.Get("k1"), rc.Get("k2"), rc.Get("none"))
	var u atomic.Uint32
	u.Store(10)
	fmt.Println(u.CompareAndSwap(10, 20), u.CompareAndSwap(10, 30), u.Load())
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load())
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("x")
	fmt.Println(v.Load().(string))
}
