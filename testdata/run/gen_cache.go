// Cache[K comparable, V any]: an LRU cache guarded by a sync.Mutex, built
// on a generic intrusive list, with an eviction callback, a GetOrLoad that
// runs a loader closure, concurrent use from goroutines (results checked
// deterministically) and hit/miss statistics.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

type Stats struct {
	Hits, Misses, Evictions int
}

type Cache[K comparable, V any] struct {
	mu      sync.Mutex
	cap     int
	items   map[K]*entry[K, V]
	head    *entry[K, V] // most recently used
	tail    *entry[K, V]
	onEvict func(K, V)
	stats   Stats
}

func NewCache[K comparable, V any](capacity int, onEvict func(K, V)) *Cache[K, V] {
	return &Cache[K, V]{cap: capacity, items: make(map[K]*entry[K, V]), onEvict: onEvict}
}

func (c *Cache[K, V]) unlink(e *entry[K, V]) {
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

func (c *Cache[K, V]) pushFront(e *entry[K, V]) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *Cache[K, V]) Get(k K) (v V, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[k]
	if !ok {
		c.stats.Misses++
		return v, false
	}
	c.stats.Hits++
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.putLocked(k, v)
}

func (c *Cache[K, V]) putLocked(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	e := &entry[K, V]{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
	if len(c.items) > c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		c.stats.Evictions++
		if c.onEvict != nil {
			c.onEvict(old.key, old.val)
		}
	}
}

func (c *Cache[K, V]) GetOrLoad(k K, load func(K) V) V {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[k]; ok {
		c.stats.Hits++
		c.unlink(e)
		c.pushFront(e)
		return e.val
	}
	c.stats.Misses++
	v := load(k)
	c.putLocked(k, v)
	return v
}

func (c *Cache[K, V]) Keys() []K {
	c.mu.Lock()
	defer c.mu.Unlock()
	var ks []K
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func (c *Cache[K, V]) Stats() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stats
}

func main() {
	var evicted []string
	c := NewCache(3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	})
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	if v, ok := c.Get("a"); ok {
		fmt.Println("a ->", v)
	}
	c.Put("d", 4) // evicts b
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	c.Put("e", 5) // evicts a
	fmt.Println("order:", c.Keys())
	fmt.Println("evicted:", evicted)
	fmt.Printf("%+v\n", c.Stats())

	loads := 0
	sq := NewCache[int, []int](4, nil)
	for _, n := range []int{3, 4, 3, 5, 6, 7, 3, 4} {
		v := sq.GetOrLoad(n, func(k int) []int {
			loads++
			r := make([]int, k)
			for i := range r {
				r[i] = i * i
			}
			return r
		})
		fmt.Print(len(v), ":", v[len(v)-1], " ")
	}
	fmt.Println()
	fmt.Println("loads", loads, "keys", sq.Keys())
	fmt.Printf("%+v\n", sq.Stats())

	// concurrent use: every goroutine loads distinct keys, the final
	// state does not depend on scheduling.
	shared := NewCache[int, string](100, nil)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				k := g*10 + i
				shared.GetOrLoad(k, func(k int) string { return strings.Repeat("x", k%7) })
				shared.Get(k)
			}
		}(g)
	}
	wg.Wait()
	keys := shared.Keys()
	sort.Ints(keys)
	st := shared.Stats()
	fmt.Println(len(keys), keys[0], keys[len(keys)-1], st.Hits, st.Misses, st.Evictions)
	v, _ := shared.Get(13)
	fmt.Printf("%q\n", v)
	fmt.Printf("%T\n", shared)
}
