// Three ways to count from many goroutines: a Mutex, an RWMutex used for
// reads, and sync/atomic. Every variant must reach the same totals; the
// program prints the totals and a table, never timings.
package main

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"sync/atomic"
	"text/tabwriter"
)

type Counter interface {
	Inc(key string)
	Get(key string) int64
	Name() string
}

type MutexCounter struct {
	mu sync.Mutex
	m  map[string]int64
}

func NewMutexCounter() *MutexCounter { return &MutexCounter{m: map[string]int64{}} }

func (c *MutexCounter) Inc(key string) {
	c.mu.Lock()
	c.m[key]++
	c.mu.Unlock()
}

func (c *MutexCounter) Get(key string) int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func (c *MutexCounter) Name() string { return "mutex" }

type RWCounter struct {
	mu sync.RWMutex
	m  map[string]*int64
}

func NewRWCounter(keys []string) *RWCounter {
	c := &RWCounter{m: map[string]*int64{}}
	for _, k := range keys {
		c.m[k] = new(int64)
	}
	return c
}

// Inc takes only the read lock: the map is fixed, the counters are atomic.
func (c *RWCounter) Inc(key string) {
	c.mu.RLock()
	p, ok := c.m[key]
	c.mu.RUnlock()
	if !ok {
		c.mu.Lock()
		if p, ok = c.m[key]; !ok {
			p = new(int64)
			c.m[key] = p
		}
		c.mu.Unlock()
	}
	atomic.AddInt64(p, 1)
}

func (c *RWCounter) Get(key string) int64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if p, ok := c.m[key]; ok {
		return atomic.LoadInt64(p)
	}
	return 0
}

func (c *RWCounter) Name() string { return "rwmutex+atomic" }

type AtomicCounter struct {
	slots [4]atomic.Int64
	index map[string]int
}

func NewAtomicCounter(keys []string) *AtomicCounter {
	c := &AtomicCounter{index: map[string]int{}}
	for i, k := range keys {
		c.index[k] = i
	}
	return c
}

func (c *AtomicCounter) Inc(key string)       { c.slots[c.index[key]].Add(1) }
func (c *AtomicCounter) Get(key string) int64 { return c.slots[c.index[key]].Load() }
func (c *AtomicCounter) Name() string         { return "atomic.Int64" }

func hammer(c Counter, keys []string, workers, perWorker int) {
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				c.Inc(keys[(w+i)%len(keys)])
			}
		}(w)
	}
	wg.Wait()
}

func main() {
	keys := []string{"get", "put", "delete", "list"}
	counters := []Counter{
		NewMutexCounter(),
		NewRWCounter(keys[:2]),
		NewAtomicCounter(keys),
	}
	const workers, perWorker = 8, 2500

	totals := map[string]int64{}
	for _, c := range counters {
		hammer(c, keys, workers, perWorker)
		var sum int64
		for _, k := range keys {
			sum += c.Get(k)
		}
		totals[c.Name()] = sum
	}

	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 1, ' ', 0)
	fmt.Fprint(tw, "counter\t")
	for _, k := range keys {
		fmt.Fprintf(tw, "%s\t", k)
	}
	fmt.Fprintln(tw, "total\t")
	for _, c := range counters {
		fmt.Fprintf(tw, "%s\t", c.Name())
		for _, k := range keys {
			fmt.Fprintf(tw, "%d\t", c.Get(k))
		}
		fmt.Fprintf(tw, "%d\t\n", totals[c.Name()])
	}
	tw.Flush()

	names := make([]string, 0, len(totals))
	for n := range totals {
		names = append(names, n)
	}
	sort.Strings(names)
	agree := true
	for _, n := range names {
		if totals[n] != workers*perWorker {
			agree = false
			fmt.Println("mismatch:", n, totals[n])
		}
	}
	fmt.Println("all counters agree:", agree, "expected", workers*perWorker)

	var flag atomic.Bool
	var winner atomic.Int32
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(id int32) {
			defer wg.Done()
			if flag.CompareAndSwap(false, true) {
				winner.Store(id)
			}
		}(int32(i))
	}
	wg.Wait()
	fmt.Println("exactly one winner:", flag.Load(), winner.Load() >= 1 && winner.Load() <= 5)

	var ops uint64
	var v atomic.Value
	v.Store("v1")
	for i := 0; i < 3; i++ {
		old := v.Load().(string)
		next := fmt.Sprintf("%s,v%d", old, i+2)
		if v.CompareAndSwap(old, next) {
			atomic.AddUint64(&ops, 1)
		}
	}
	fmt.Println(v.Load(), atomic.LoadUint64(&ops), v.CompareAndSwap("nope", "x"))
	fmt.Println("swap returns old:", v.Swap("final"), v.Load())
}
