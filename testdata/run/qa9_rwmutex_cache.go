// A read-mostly cache: RWMutex, RLock for lookups, Lock for fills,
// hit/miss counters in the struct, values stored as pointers.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Item struct {
	Key   string
	Value string
	Loads int
}

type Cache struct {
	mu     sync.RWMutex
	items  map[string]*Item
	hits   int
	misses int
	loader func(string) string
}

func NewCache(loader func(string) string) *Cache {
	return &Cache{items: map[string]*Item{}, loader: loader}
}

func (c *Cache) Get(key string) string {
	c.mu.RLock()
	it, ok := c.items[key]
	c.mu.RUnlock()
	if ok {
		c.mu.Lock()
		c.hits++
		c.mu.Unlock()
		return it.Value
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if it, ok := c.items[key]; ok {
		c.hits++
		return it.Value
	}
	c.misses++
	it = &Item{Key: key, Value: c.loader(key), Loads: 1}
	c.items[key] = it
	return it.Value
}

func (c *Cache) Stats() (int, int, int) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.items), c.hits, c.misses
}

func main() {
	calls := 0
	c := NewCache(func(k string) string {
		calls++
		return strings.ToUpper(k)
	})
	keys := []string{"a", "b", "a", "c", "b", "a"}
	var wg sync.WaitGroup
	results := make([]string, len(keys)*3)
	for round := 0; round < 3; round++ {
		for i, k := range keys {
			wg.Add(1)
			go func(slot int, key string) {
				defer wg.Done()
				results[slot] = c.Get(key)
			}(round*len(keys)+i, k)
		}
	}
	wg.Wait()
	fmt.Println(strings.Join(results, ""))
	n, h, m := c.Stats()
	fmt.Println("items", n, "hits", h, "misses", m, "loader calls", calls)
}
