// A read-mostly cache guarded by an RWMutex, with a loader function and
// hit/miss statistics; values are stored as pointers to entries.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type entry struct {
	value string
	hits  int
}

type Cache struct {
	mu     sync.RWMutex
	items  map[string]*entry
	load   func(key string) (string, error)
	misses int
}

var ErrNotFound = errors.New("not found")

func NewCache(load func(string) (string, error)) *Cache {
	return &Cache{items: make(map[string]*entry), load: load}
}

func (c *Cache) peek(key string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.items[key]
	if !ok {
		return "", false
	}
	return e.value, true
}

func (c *Cache) Get(key string) (string, error) {
	if v, ok := c.peek(key); ok {
		c.mu.Lock()
		c.items[key].hits++
		c.mu.Unlock()
		return v, nil
	}
	v, err := c.load(key)
	if err != nil {
		return "", fmt.Errorf("cache load %q: %w", key, err)
	}
	c.mu.Lock()
	c.misses++
	c.items[key] = &entry{value: v}
	c.mu.Unlock()
	return v, nil
}

func (c *Cache) Report() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make([]string, 0, len(c.items))
	for k, e := range c.items {
		out = append(out, fmt.Sprintf("%s=%s (%d hits)", k, e.value, e.hits))
	}
	sort.Strings(out)
	return out
}

func main() {
	db := map[string]string{"a": "apple", "b": "banana", "c": "cherry"}
	c := NewCache(func(k string) (string, error) {
		v, ok := db[k]
		if !ok {
			return "", ErrNotFound
		}
		return strings.ToUpper(v), nil
	})
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for _, k := range []string{"a", "b", "c", "d"} {
				if _, err := c.Get(k); err != nil {
					mu.Lock()
					failures++
					mu.Unlock()
				}
			}
		}(i)
	}
	wg.Wait()
	total := 0
	for _, e := range c.items {
		total += e.hits
	}
	fmt.Println("lookups", total+c.misses, "failures", failures, "entries", len(c.items))
	_, err := c.Get("zzz")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	c.items["a"].hits = 0
	c.items["b"].hits = 0
	c.items["c"].hits = 0
	c.Get("a")
	c.Get("a")
	for _, line := range c.Report() {
		fmt.Println(line)
	}
}
