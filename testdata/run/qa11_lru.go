package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type entry struct {
	key        string
	value      []byte
	prev, next *entry
}

type LRU struct {
	mu       sync.Mutex
	cap      int
	items    map[string]*entry
	head     *entry
	tail     *entry
	hits     int
	misses   int
	evicted  []string
	onEvict  func(key string, v []byte)
}

var ErrNotFound = errors.New("lru: not found")

func NewLRU(capacity int, onEvict func(string, []byte)) *LRU {
	if capacity <= 0 {
		panic("lru: bad capacity")
	}
	return &LRU{cap: capacity, items: make(map[string]*entry, capacity), onEvict: onEvict}
}

func (c *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.head
	e.prev = nil
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU) Get(key string) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[key]
	if !ok {
		c.misses++
		return nil, fmt.Errorf("get %q: %w", key, ErrNotFound)
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.value, nil
}

func (c *LRU) Put(key string, v []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		e.value = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	e := &entry{key: key, value: v}
	c.items[key] = e
	c.pushFront(e)
	if len(c.items) > c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		c.evicted = append(c.evicted, old.key)
		if c.onEvict != nil {
			c.onEvict(old.key, old.value)
		}
	}
}

func (c *LRU) Keys() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	keys := make([]string, 0, len(c.items))
	for e := c.head; e != nil; e = e.next {
		keys = append(keys, e.key)
	}
	return keys
}

func (c *LRU) Len() int {
	c.mu.Lock()
	n := len(c.items)
	c.mu.Unlock()
	return n
}

type Stats struct {
	Hits, Misses int
	Ratio        float64
}

func (c *LRU) Stats() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := Stats{Hits: c.hits, Misses: c.misses}
	if t := c.hits + c.misses; t > 0 {
		s.Ratio = float64(c.hits) / float64(t)
	}
	return s
}

func (s Stats) String() string {
	return fmt.Sprintf("hits=%d misses=%d ratio=%.3f", s.Hits, s.Misses, s.Ratio)
}

func value(i int) []byte {
	return []byte(strings.Repeat(string(rune('a'+i%26)), i%5+1))
}

func main() {
	var evictLog strings.Builder
	cache := NewLRU(4, func(k string, v []byte) {
		fmt.Fprintf(&evictLog, "evict %s(%d) ", k, len(v))
	})
	for i := 0; i < 10; i++ {
		cache.Put(fmt.Sprintf("k%d", i%6), value(i))
		if i%3 == 0 {
			if _, err := cache.Get("k0"); err != nil {
				fmt.Println("err:", err)
			}
		}
	}
	fmt.Println("keys:", cache.Keys(), "len", cache.Len())
	fmt.Println(evictLog.String())
	_, err := cache.Get("missing")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				k := fmt.Sprintf("w%d-%d", w, i%3)
				cache.Put(k, value(i))
				cache.Get(k)
			}
		}(w)
	}
	wg.Wait()
	keys := cache.Keys()
	sort.Strings(keys)
	fmt.Println("len", len(keys), cache.Len())
	st := cache.Stats()
	fmt.Println(st.Hits+st.Misses > 0, len(cache.evicted) > 0)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		NewLRU(0, nil)
	}()
}
