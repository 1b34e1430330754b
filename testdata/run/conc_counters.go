package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := Counter{n: map[string]int{}}
	var ops int64
	var ops2 atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				c.Inc([]string{"a", "b"}[j%2])
				atomic.AddInt64(&ops, 1)
				ops2.Add(2)
				if j%100 == 0 {
					runtime.Gosched()
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n["a"], c.n["b"], atomic.LoadInt64(&ops), ops2.Load())
	var u uint32 = 10
	atomic.AddUint32(&u, ^uint32(0))
	fmt.Println(u, atomic.CompareAndSwapUint32(&u, 9, 1), atomic.SwapUint32(&u, 5), u)
	fmt.Println(runtime.NumGoroutine())
}
