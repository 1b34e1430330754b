package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version  int
	Limits   map[string]int
	Features []string
}

func (c *Config) clone() *Config {
	n := &Config{Version: c.Version + 1, Limits: make(map[string]int, len(c.Limits)), Features: append([]string(nil), c.Features...)}
	for k, v := range c.Limits {
		n.Limits[k] = v
	}
	return n
}

type Holder struct {
	v       atomic.Value
	mu      sync.Mutex // serializes writers
	updates atomic.Int32
}

func NewHolder(c *Config) *Holder {
	h := &Holder{}
	h.v.Store(c)
	return h
}

func (h *Holder) Load() *Config { return h.v.Load().(*Config) }

func (h *Holder) Update(f func(*Config)) *Config {
	h.mu.Lock()
	defer h.mu.Unlock()
	next := h.Load().clone()
	f(next)
	h.v.Store(next)
	h.updates.Add(1)
	return next
}

type Flags struct {
	bits atomic.Uint64
}

func (f *Flags) Set(i uint) {
	for {
		old := f.bits.Load()
		if f.bits.CompareAndSwap(old, old|1<<i) {
			return
		}
	}
}

func (f *Flags) List() []int {
	var out []int
	b := f.bits.Load()
	for i := 0; i < 64; i++ {
		if b&(1<<i) != 0 {
			out = append(out, i)
		}
	}
	return out
}

func main() {
	h := NewHolder(&Config{Version: 1, Limits: map[string]int{"rps": 100}, Features: []string{"a"}})
	old := h.Load()
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			h.Update(func(c *Config) {
				c.Limits[fmt.Sprintf("k%d", i)] = i
				c.Limits["rps"] += 10
			})
		}(i)
	}
	wg.Wait()
	cur := h.Load()
	fmt.Println("old", old.Version, old.Limits, old.Features)
	fmt.Println("cur", cur.Version, cur.Limits["rps"], len(cur.Limits), h.updates.Load())
	keys := make([]string, 0, len(cur.Limits))
	for k := range cur.Limits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ","))
	h.Update(func(c *Config) { c.Features = append(c.Features, "b", "c") })
	fmt.Println(h.Load().Features, old.Features, h.Load().Version)

	var f Flags
	for i := uint(0); i < 8; i++ {
		wg.Add(1)
		go func(i uint) {
			defer wg.Done()
			f.Set(i * 7 % 64)
		}(i)
	}
	wg.Wait()
	fmt.Println(f.List())

	var ptr atomic.Pointer[Config]
	fmt.Println(ptr.Load() == nil)
	ptr.Store(cur)
	swapped := ptr.CompareAndSwap(old, cur)
	fmt.Println(swapped, ptr.Load().Version)
	prev := ptr.Swap(old)
	fmt.Println(prev.Version, ptr.Load().Version)
	var counter atomic.Int64
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); counter.Add(3) }()
	}
	wg.Wait()
	var ab atomic.Bool
	fmt.Println(counter.Load(), ab.Load(), ab.CompareAndSwap(false, true), ab.Load())
}
