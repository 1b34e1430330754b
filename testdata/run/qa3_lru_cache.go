// An LRU cache with a memory budget: container/list for recency, a map for
// lookup, and byte accounting per entry. A classic interview exercise turned
// into a tutorial on what each entry really costs.
package main

import (
	"container/list"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unsafe"
)

type entry struct {
	key   string
	value []byte
}

// cost approximates the bytes an entry holds: the strings' and slices'
// backing arrays plus the entry header itself.
func (e *entry) cost() int {
	return len(e.key) + cap(e.value) + int(unsafe.Sizeof(*e))
}

type Stats struct {
	Hits, Misses, Evictions, Rejected int
}

type LRU struct {
	budget int
	used   int
	ll     *list.List
	items  map[string]*list.Element
	stats  Stats
	onEvict func(key string, size int)
}

var ErrTooLarge = errors.New("lru: value larger than the whole budget")

func NewLRU(budget int) *LRU {
	return &LRU{budget: budget, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(key string) ([]byte, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.stats.Hits++
		return el.Value.(*entry).value, true
	}
	c.stats.Misses++
	return nil, false
}

func (c *LRU) Put(key string, value []byte) error {
	e := &entry{key: key, value: append([]byte(nil), value...)}
	if e.cost() > c.budget {
		c.stats.Rejected++
		return fmt.Errorf("put %q (%d bytes): %w", key, e.cost(), ErrTooLarge)
	}
	if el, ok := c.items[key]; ok {
		old := el.Value.(*entry)
		c.used -= old.cost()
		el.Value = e
		c.ll.MoveToFront(el)
	} else {
		c.items[key] = c.ll.PushFront(e)
	}
	c.used += e.cost()
	for c.used > c.budget {
		c.evictOldest()
	}
	return nil
}

func (c *LRU) evictOldest() {
	el := c.ll.Back()
	if el == nil {
		return
	}
	e := c.ll.Remove(el).(*entry)
	delete(c.items, e.key)
	c.used -= e.cost()
	c.stats.Evictions++
	if c.onEvict != nil {
		c.onEvict(e.key, e.cost())
	}
}

func (c *LRU) Keys() []string {
	keys := make([]string, 0, c.ll.Len())
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry).key)
	}
	return keys
}

func (c *LRU) String() string {
	return fmt.Sprintf("LRU{%d/%d bytes, %d entries: %s}", c.used, c.budget, c.ll.Len(), strings.Join(c.Keys(), ","))
}

func main() {
	fmt.Println("entry header:", unsafe.Sizeof(entry{}), "bytes")
	cache := NewLRU(400)
	var evicted []string
	cache.onEvict = func(key string, size int) {
		evicted = append(evicted, fmt.Sprintf("%s(%d)", key, size))
	}

	for i := 0; i < 6; i++ {
		key := fmt.Sprintf("page:%d", i)
		val := []byte(strings.Repeat(string(rune('a'+i)), 20*(i+1)))
		if err := cache.Put(key, val); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println(cache)
	}

	for _, k := range []string{"page:5", "page:1", "page:4", "page:4", "page:0"} {
		v, ok := cache.Get(k)
		if ok {
			fmt.Printf("get %s -> %d bytes starting %q\n", k, len(v), v[:3])
		} else {
			fmt.Printf("get %s -> miss\n", k)
		}
	}
	fmt.Println(cache)

	err := cache.Put("huge", make([]byte, 1000))
	fmt.Println(err, errors.Is(err, ErrTooLarge))

	cache.Put("page:4", []byte("short now"))
	fmt.Println(cache)
	cache.Put("page:9", make([]byte, 200))
	fmt.Println(cache)

	fmt.Println("evicted in order:", strings.Join(evicted, " "))
	fmt.Printf("stats: %+v\n", cache.stats)

	// Inspect the map: sorted keys, since map order is random.
	keys := make([]string, 0, len(cache.items))
	for k := range cache.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		e := cache.items[k].Value.(*entry)
		fmt.Printf("%-7s len=%-3d cap=%-3d cost=%d\n", k, len(e.value), cap(e.value), e.cost())
	}

	hitRate := float64(cache.stats.Hits) / float64(cache.stats.Hits+cache.stats.Misses)
	fmt.Printf("hit rate %.2f%%\n", hitRate*100)
}
