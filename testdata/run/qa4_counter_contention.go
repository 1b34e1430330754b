// Four ways to count from many goroutines: an unsynchronised-looking but
// channel-owned counter, sync/atomic, sync.Mutex and sync.RWMutex with a
// read-mostly workload. Only the final values (deterministic) and
// invariant checks are printed; timings are not.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

const (
	workers = 12
	perG    = 5000
)

type atomicCounter struct{ n atomic.Int64 }

func (c *atomicCounter) Inc()        { c.n.Add(1) }
func (c *atomicCounter) Value() int64 { return c.n.Load() }

type mutexCounter struct {
	mu sync.Mutex
	n  int64
}

func (c *mutexCounter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *mutexCounter) Value() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

type chanCounter struct {
	ops  chan int64
	read chan chan int64
	done chan struct{}
}

func newChanCounter() *chanCounter {
	c := &chanCounter{ops: make(chan int64), read: make(chan chan int64), done: make(chan struct{})}
	go func() {
		var n int64
		for {
			select {
			case d := <-c.ops:
				n += d
			case r := <-c.read:
				r <- n
			case <-c.done:
				return
			}
		}
	}()
	return c
}

func (c *chanCounter) Inc() { c.ops <- 1 }
func (c *chanCounter) Value() int64 {
	r := make(chan int64)
	c.read <- r
	return <-r
}

type counter interface {
	Inc()
	Value() int64
}

func run(c counter) int64 {
	var wg sync.WaitGroup
	wg.Add(workers)
	for g := 0; g < workers; g++ {
		go func() {
			defer wg.Done()
			for i := 0; i < perG; i++ {
				c.Inc()
			}
		}()
	}
	wg.Wait()
	return c.Value()
}

// A read-mostly table: many readers, a few writers, RWMutex.
type table struct {
	mu     sync.RWMutex
	data   map[string]int
	reads  atomic.Int64
	writes atomic.Int64
}

func (t *table) get(k string) (int, bool) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	t.reads.Add(1)
	v, ok := t.data[k]
	return v, ok
}

func (t *table) add(k string, d int) {
	t.mu.Lock()
	t.data[k] += d
	t.mu.Unlock()
	t.writes.Add(1)
}

func main() {
	want := int64(workers * perG)
	for _, c := range []struct {
		name string
		c    counter
	}{{"atomic", &atomicCounter{}}, {"mutex", &mutexCounter{}}, {"channel", newChanCounter()}} {
		got := run(c.c)
		fmt.Printf("%-8s %d ok=%v\n", c.name, got, got == want)
		if cc, ok := c.c.(*chanCounter); ok {
			close(cc.done)
		}
	}

	t := &table{data: map[string]int{}}
	keys := []string{"alpha", "beta", "gamma", "delta"}
	var wg sync.WaitGroup
	var missing atomic.Int64
	for r := 0; r < 20; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				if _, ok := t.get(keys[(r+i)%len(keys)]); !ok {
					missing.Add(1)
				}
			}
		}(r)
	}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				t.add(keys[w], i%3)
			}
		}(w)
	}
	wg.Wait()
	var names []string
	total := 0
	for k, v := range t.data {
		names = append(names, fmt.Sprintf("%s=%d", k, v))
		total += v
	}
	sort.Strings(names)
	fmt.Println(strings.Join(names, " "), "total", total)
	fmt.Println("reads", t.reads.Load(), "writes", t.writes.Load(), "misses<=reads", missing.Load() <= t.reads.Load())

	// sync.Once and atomic.Bool for one-time initialisation under contention.
	var once sync.Once
	var inits atomic.Int32
	var ready atomic.Bool
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				inits.Add(1)
				ready.Store(true)
			})
			if !ready.Load() {
				panic("Do returned before init finished")
			}
		}()
	}
	wg.Wait()
	fmt.Println("inits", inits.Load(), "ready", ready.Load())

	// atomic.Value holding an immutable config snapshot.
	type config struct {
		version int
		hosts   []string
	}
	var cur atomic.Value
	cur.Store(config{1, []string{"a"}})
	for v := 2; v <= 5; v++ {
		old := cur.Load().(config)
		next := config{old.version + 1, append(append([]string(nil), old.hosts...), string(rune('a'+v-1)))}
		cur.Store(next)
	}
	c := cur.Load().(config)
	fmt.Println(c.version, c.hosts)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		cur.Store("a different type")
	}()
	var swapped atomic.Value
	fmt.Println(swapped.Swap(1), swapped.Swap(2), swapped.CompareAndSwap(2, 3), swapped.Load())
}
