package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type call struct {
	wg  sync.WaitGroup
	val string
}

type Cache struct {
	mu      sync.RWMutex
	data    map[string]string
	pending map[string]*call
	loads   int
	load    func(string) string
}

func NewCache(load func(string) string) *Cache {
	return &Cache{data: make(map[string]string), pending: map[string]*call{}, load: load}
}

func (c *Cache) Get(key string) string {
	c.mu.RLock()
	v, ok := c.data[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	if v, ok := c.data[key]; ok {
		c.mu.Unlock()
		return v
	}
	if p, ok := c.pending[key]; ok {
		c.mu.Unlock()
		p.wg.Wait()
		return p.val
	}
	p := &call{}
	p.wg.Add(1)
	c.pending[key] = p
	c.loads++
	c.mu.Unlock()

	p.val = c.load(key)
	p.wg.Done()

	c.mu.Lock()
	c.data[key] = p.val
	delete(c.pending, key)
	c.mu.Unlock()
	return p.val
}

func (c *Cache) Keys() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]string, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	c := NewCache(func(k string) string { return strings.Repeat(k, 2) })
	get := c.Get
	var wg sync.WaitGroup
	results := make([]string, 12)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = get([]string{"a", "bb", "c"}[i%3])
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println(c.Keys(), c.loads)
}
