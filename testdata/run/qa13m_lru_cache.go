// An LRU cache of byte slices keyed by string: a doubly linked list of
// *entry nodes plus a map index, with hit/miss counters and an eviction hook.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type entry struct {
	key        string
	val        []byte
	prev, next *entry
}

type LRU struct {
	cap     int
	size    int
	index   map[string]*entry
	head    entry // sentinel: head.next is most recent
	hits    int
	misses  int
	onEvict func(key string, val []byte)
}

func NewLRU(capacity int, onEvict func(string, []byte)) *LRU {
	c := &LRU{cap: capacity, index: make(map[string]*entry, capacity), onEvict: onEvict}
	c.head.next = &c.head
	c.head.prev = &c.head
	return c
}

func (c *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.head.next
	e.prev = &c.head
	c.head.next.prev = e
	c.head.next = e
}

func (c *LRU) Get(key string) ([]byte, bool) {
	e, ok := c.index[key]
	if !ok {
		c.misses++
		return nil, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU) Put(key string, val []byte) {
	if e, ok := c.index[key]; ok {
		e.val = val
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if c.size == c.cap {
		last := c.head.prev
		c.unlink(last)
		delete(c.index, last.key)
		c.size--
		if c.onEvict != nil {
			c.onEvict(last.key, last.val)
		}
	}
	e := &entry{key: key, val: val}
	c.index[key] = e
	c.pushFront(e)
	c.size++
}

func (c *LRU) Keys() []string {
	keys := make([]string, 0, c.size)
	for e := c.head.next; e != &c.head; e = e.next {
		keys = append(keys, e.key)
	}
	return keys
}

func (c *LRU) String() string {
	var b strings.Builder
	b.WriteString("[")
	for i, k := range c.Keys() {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(k)
	}
	b.WriteString("]")
	return b.String()
}

type evictLog struct {
	evicted []string
	bytes   int
}

func (l *evictLog) record(key string, val []byte) {
	l.evicted = append(l.evicted, key)
	l.bytes += len(val)
}

func main() {
	log := &evictLog{}
	c := NewLRU(3, log.record)
	words := []string{"alpha", "beta", "gamma", "delta", "alpha", "epsilon", "beta", "gamma", "zeta"}
	for i, w := range words {
		if _, ok := c.Get(w); !ok {
			c.Put(w, []byte(strings.Repeat(w[:1], i+1)))
		}
		fmt.Printf("%-8s -> %v\n", w, c)
	}
	v, ok := c.Get("gamma")
	fmt.Println("gamma:", string(v), ok)
	fmt.Println("hits", c.hits, "misses", c.misses)
	fmt.Println("evicted", log.evicted, "bytes", log.bytes)
	sorted := append([]string(nil), log.evicted...)
	sort.Strings(sorted)
	fmt.Println("sorted evictions:", strings.Join(sorted, ","))
	counts := map[string]int{}
	for _, k := range log.evicted {
		counts[k]++
	}
	ks := make([]string, 0, len(counts))
	for k := range counts {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("%s:%d ", k, counts[k])
	}
	fmt.Println()
}
