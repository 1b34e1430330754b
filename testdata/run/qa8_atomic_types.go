// The typed atomics of sync/atomic (Go 1.19): Int64, Uint32, Bool and
// Value, shared by goroutines that a WaitGroup waits for.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits    atomic.Int64
	misses  atomic.Int64
	maxSeen atomic.Uint32
	closed  atomic.Bool
}

func (s *Stats) observe(v uint32) {
	for {
		cur := s.maxSeen.Load()
		if v <= cur || s.maxSeen.CompareAndSwap(cur, v) {
			return
		}
	}
}

func (s *Stats) record(hit bool) {
	if s.closed.Load() {
		return
	}
	if hit {
		s.hits.Add(1)
	} else {
		s.misses.Add(1)
	}
}

type Config struct {
	Name    string
	Limit   int
	Verbose bool
}

var current atomic.Value

func loadConfig() *Config {
	return current.Load().(*Config)
}

func main() {
	var st Stats
	current.Store(&Config{Name: "default", Limit: 10})

	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			cfg := loadConfig()
			for i := 0; i < 100; i++ {
				st.record(i%cfg.Limit != 0)
				st.observe(uint32(id*1000 + i))
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("hits", st.hits.Load(), "misses", st.misses.Load(), "max", st.maxSeen.Load())

	old := current.Swap(&Config{Name: "tuned", Limit: 4, Verbose: true}).(*Config)
	fmt.Println("old", old.Name, "new", loadConfig().Name, loadConfig().Limit)

	swapped := current.CompareAndSwap(old, &Config{Name: "never"})
	fmt.Println("swapped with stale:", swapped, loadConfig().Name)

	st.closed.Store(true)
	st.record(true)
	fmt.Println("after close", st.hits.Load())
	prev := st.hits.Swap(0)
	fmt.Println("reset from", prev, "to", st.hits.Load())
	fmt.Println(st.closed.CompareAndSwap(true, false), st.closed.Load())
}
