// Embedding sync.Mutex and sync.RWMutex in structs: the promoted Lock and
// Unlock, a counter map guarded by its embedded lock, copying values that
// contain a lock only before first use.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Counter struct {
	sync.Mutex
	counts map[string]int
}

func NewCounter() *Counter {
	return &Counter{counts: make(map[string]int)}
}

func (c *Counter) Inc(key string) {
	c.Lock()
	c.counts[key]++
	c.Unlock()
}

func (c *Counter) Snapshot() map[string]int {
	c.Lock()
	defer c.Unlock()
	out := make(map[string]int, len(c.counts))
	for k, v := range c.counts {
		out[k] = v
	}
	return out
}

type Config struct {
	sync.RWMutex
	values map[string]string
}

func (c *Config) Get(k string) string {
	c.RLock()
	defer c.RUnlock()
	return c.values[k]
}

func (c *Config) Set(k, v string) {
	c.Lock()
	c.values[k] = v
	c.Unlock()
}

type Locker interface {
	Lock()
	Unlock()
}

func withLock(l Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	c := NewCounter()
	var wg sync.WaitGroup
	text := "the cat and the dog and the bird"
	for _, w := range strings.Fields(text) {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			c.Inc(w)
		}(w)
	}
	wg.Wait()
	snap := c.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", snap[k], " ")
	}
	fmt.Println()

	cfg := &Config{values: map[string]string{}}
	cfg.Set("mode", "fast")
	withLock(cfg, func() { cfg.values["extra"] = "1" })
	fmt.Println(cfg.Get("mode"), cfg.Get("extra"), cfg.Get("none") == "")

	var mu sync.Mutex
	n := 0
	for i := 0; i < 3; i++ {
		withLock(&mu, func() { n++ })
	}
	withLock(c, func() { c.counts["manual"] = 99 })
	fmt.Println(n, c.Snapshot()["manual"])
	var rl sync.Locker = cfg.RLocker()
	rl.Lock()
	fmt.Println(cfg.values["mode"])
	rl.Unlock()
}
