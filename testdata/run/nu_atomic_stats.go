// Counters three ways, as a post comparing sync/atomic, sync.Mutex and
// sync.RWMutex would write them: the same interface implemented with each,
// hammered by goroutines, plus CAS loops (max tracking, a one-shot flag)
// and the Go 1.19 typed atomics.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Counter interface {
	Inc(key string)
	Get(key string) int64
	Snapshot() map[string]int64
	Name() string
}

type mutexCounter struct {
	mu sync.Mutex
	m  map[string]int64
}

func newMutexCounter() *mutexCounter { return &mutexCounter{m: make(map[string]int64)} }

func (c *mutexCounter) Inc(k string) {
	c.mu.Lock()
	c.m[k]++
	c.mu.Unlock()
}

func (c *mutexCounter) Get(k string) int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[k]
}

func (c *mutexCounter) Snapshot() map[string]int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int64, len(c.m))
	for k, v := range c.m {
		out[k] = v
	}
	return out
}

func (c *mutexCounter) Name() string { return "mutex" }

type rwCounter struct {
	mu sync.RWMutex
	m  map[string]*int64
}

func newRWCounter(keys ...string) *rwCounter {
	c := &rwCounter{m: make(map[string]*int64)}
	for _, k := range keys {
		c.m[k] = new(int64)
	}
	return c
}

// Inc takes the read lock for keys that exist (the common case) and only
// upgrades to the write lock to add a key.
func (c *rwCounter) Inc(k string) {
	c.mu.RLock()
	p, ok := c.m[k]
	c.mu.RUnlock()
	if !ok {
		c.mu.Lock()
		if p, ok = c.m[k]; !ok {
			p = new(int64)
			c.m[k] = p
		}
		c.mu.Unlock()
	}
	atomic.AddInt64(p, 1)
}

func (c *rwCounter) Get(k string) int64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if p, ok := c.m[k]; ok {
		return atomic.LoadInt64(p)
	}
	return 0
}

func (c *rwCounter) Snapshot() map[string]int64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make(map[string]int64, len(c.m))
	for k, p := range c.m {
		out[k] = atomic.LoadInt64(p)
	}
	return out
}

func (c *rwCounter) Name() string { return "rwmutex" }

// atomicCounter has a fixed key set: an array of atomic.Int64 indexed by
// key position, no locks at all.
type atomicCounter struct {
	keys []string
	vals []atomic.Int64
}

func newAtomicCounter(keys ...string) *atomicCounter {
	return &atomicCounter{keys: keys, vals: make([]atomic.Int64, len(keys))}
}

func (c *atomicCounter) idx(k string) int {
	for i, kk := range c.keys {
		if kk == k {
			return i
		}
	}
	return -1
}

func (c *atomicCounter) Inc(k string) {
	if i := c.idx(k); i >= 0 {
		c.vals[i].Add(1)
	}
}

func (c *atomicCounter) Get(k string) int64 {
	if i := c.idx(k); i >= 0 {
		return c.vals[i].Load()
	}
	return 0
}

func (c *atomicCounter) Snapshot() map[string]int64 {
	out := make(map[string]int64, len(c.keys))
	for i, k := range c.keys {
		out[k] = c.vals[i].Load()
	}
	return out
}

func (c *atomicCounter) Name() string { return "atomic" }

func hammer(c Counter, workers, per int, keys []string) {
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < per; i++ {
				c.Inc(keys[(w+i)%len(keys)])
			}
		}(w)
	}
	wg.Wait()
}

func storeMax(p *int64, v int64) (swaps int) {
	for {
		old := atomic.LoadInt64(p)
		if v <= old {
			return
		}
		if atomic.CompareAndSwapInt64(p, old, v) {
			return swaps + 1
		}
		swaps++
	}
}

func main() {
	keys := []string{"get", "put", "del"}
	counters := []Counter{newMutexCounter(), newRWCounter("get"), newAtomicCounter(keys...)}
	for _, c := range counters {
		hammer(c, 8, 3000, keys)
		snap := c.Snapshot()
		names := make([]string, 0, len(snap))
		var total int64
		for k, v := range snap {
			names = append(names, k)
			total += v
		}
		sort.Strings(names)
		fmt.Printf("%-8s", c.Name())
		for _, k := range names {
			fmt.Printf(" %s=%d", k, snap[k])
		}
		fmt.Printf(" total=%d get=%d missing=%d\n", total, c.Get("get"), c.Get("nope"))
	}

	var max int64
	var wg sync.WaitGroup
	var totalSwaps atomic.Int32
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				if storeMax(&max, int64(g*1000+i)) > 0 {
					totalSwaps.Add(1)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("max:", atomic.LoadInt64(&max), "swapped at least 100 times:", totalSwaps.Load() >= 100)

	var once atomic.Bool
	var winners atomic.Int32
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if once.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", winners.Load(), once.Load())

	var u atomic.Uint32
	u.Store(1)
	fmt.Println(u.Add(^uint32(0)), u.Swap(7), u.Load(), u.CompareAndSwap(7, 9), u.Load())
	var ui uint64 = 10
	atomic.AddUint64(&ui, ^uint64(3-1))
	fmt.Println(ui, atomic.SwapUint64(&ui, 100), atomic.LoadUint64(&ui))
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store([]string{"cfg", "v1"})
	old := v.Swap([]string{"cfg", "v2"})
	fmt.Println(old, v.Load(), v.CompareAndSwap("x", "y"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(42)
	}()
}
