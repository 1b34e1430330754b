// Copy-on-write configuration published through atomic.Value: writers copy
// the current map, modify the copy and store it; readers never lock.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Limits  map[string]int
	Tags    []string
}

type Store struct {
	mu  sync.Mutex // serializes writers
	cur atomic.Value
}

func NewStore() *Store {
	s := &Store{}
	s.cur.Store(&Config{Limits: map[string]int{}})
	return s
}

func (s *Store) Load() *Config { return s.cur.Load().(*Config) }

func (s *Store) Update(fn func(c *Config)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.Load()
	next := &Config{Version: old.Version + 1, Limits: make(map[string]int, len(old.Limits)+1)}
	for k, v := range old.Limits {
		next.Limits[k] = v
	}
	next.Tags = append([]string(nil), old.Tags...)
	fn(next)
	s.cur.Store(next)
}

func describe(c *Config) string {
	keys := make([]string, 0, len(c.Limits))
	for k := range c.Limits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := fmt.Sprintf("v%d", c.Version)
	for _, k := range keys {
		out += fmt.Sprintf(" %s=%d", k, c.Limits[k])
	}
	return out + fmt.Sprint(" ", c.Tags)
}

func main() {
	s := NewStore()
	first := s.Load()
	s.Update(func(c *Config) { c.Limits["conn"] = 10; c.Tags = append(c.Tags, "base") })
	snap := s.Load()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.Update(func(c *Config) { c.Limits[fmt.Sprint("w", i)] = i })
		}(i)
	}
	wg.Wait()
	fmt.Println(describe(first))
	fmt.Println(describe(snap))
	last := s.Load()
	fmt.Println(last.Version, len(last.Limits), last.Tags)
	// readers concurrently sum a snapshot; the snapshot never changes under them
	var total int64
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := s.Load()
			n := 0
			for _, v := range c.Limits {
				n += v
			}
			atomic.AddInt64(&total, int64(n))
		}()
	}
	wg.Wait()
	fmt.Println("total", total)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var v atomic.Value
		v.Store(1)
		v.Store("two")
	}()
}
