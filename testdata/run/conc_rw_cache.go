package main

import (
	"fmt"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
)

// A read-mostly cache three ways: RWMutex, Mutex, and copy-on-write with
// atomic.Value. Readers and writers run concurrently; the totals are exact.

type RWCache struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *RWCache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *RWCache) Put(k string, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

type MuCache struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *MuCache) Get(k string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *MuCache) Put(k string, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

type COWCache struct {
	mu sync.Mutex // serialises writers
	v  atomic.Value
}

func NewCOW() *COWCache {
	c := &COWCache{}
	c.v.Store(map[string]int{})
	return c
}

func (c *COWCache) Get(k string) (int, bool) {
	m := c.v.Load().(map[string]int)
	v, ok := m[k]
	return v, ok
}

func (c *COWCache) Put(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	old := c.v.Load().(map[string]int)
	m := make(map[string]int, len(old)+1)
	for k2, v2 := range old {
		m[k2] = v2
	}
	m[k] = v
	c.v.Store(m)
}

type Cache interface {
	Get(string) (int, bool)
	Put(string, int)
}

func exercise(name string, c Cache) {
	var wg sync.WaitGroup
	var hits, misses atomic.Int64
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				c.Put("k"+strconv.Itoa(w*50+i), w*1000+i)
			}
		}(w)
	}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if _, ok := c.Get("k" + strconv.Itoa((r*37+i)%200)); ok {
					hits.Add(1)
				} else {
					misses.Add(1)
				}
			}
		}(r)
	}
	wg.Wait()
	sum := 0
	var keys []string
	for i := 0; i < 200; i++ {
		k := "k" + strconv.Itoa(i)
		v, ok := c.Get(k)
		if !ok {
			fmt.Println(name, "missing", k)
			continue
		}
		sum += v
		if i%67 == 0 {
			keys = append(keys, k+"="+strconv.Itoa(v))
		}
	}
	sort.Strings(keys)
	fmt.Println(name, "sum", sum, "lookups", hits.Load()+misses.Load(), keys)
}

func main() {
	exercise("rwmutex", &RWCache{m: map[string]int{}})
	exercise("mutex", &MuCache{m: map[string]int{}})
	exercise("cow", NewCOW())
}
