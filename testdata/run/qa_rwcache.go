package main

import (
	"fmt"
	"strings"
	"sync"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[string]string
	hits   int
	misses int
	hmu    sync.Mutex
}

func NewCache() *Cache { return &Cache{data: make(map[string]string)} }

func (c *Cache) Get(k string) (string, bool) {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	c.hmu.Lock()
	if ok {
		c.hits++
	} else {
		c.misses++
	}
	c.hmu.Unlock()
	return v, ok
}

func (c *Cache) GetOrCompute(k string, f func(string) string) string {
	if v, ok := c.Get(k); ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v
	}
	v := f(k)
	c.data[k] = v
	return v
}

func main() {
	c := NewCache()
	var wg sync.WaitGroup
	computed := 0
	var cm sync.Mutex
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			key := fmt.Sprint("k", i%5)
			c.GetOrCompute(key, func(s string) string {
				cm.Lock()
				computed++
				cm.Unlock()
				return strings.ToUpper(s)
			})
		}(i)
	}
	wg.Wait()
	fmt.Println("computed:", computed, "entries:", len(c.data))
	fmt.Println("lookups:", c.hits+c.misses)
	v, _ := c.Get("k3")
	fmt.Println(v)
}
