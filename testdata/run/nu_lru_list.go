// An LRU cache built the textbook way: a hash map for lookup plus a
// hand-written doubly linked list for recency order. Constructors return
// pointers; the list uses a sentinel node.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type entry struct {
	key        string
	value      int
	prev, next *entry
}

type list struct {
	root entry // sentinel
	len  int
}

func newList() *list {
	l := &list{}
	l.root.next = &l.root
	l.root.prev = &l.root
	return l
}

func (l *list) pushFront(e *entry) {
	e.prev = &l.root
	e.next = l.root.next
	l.root.next.prev = e
	l.root.next = e
	l.len++
}

func (l *list) remove(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev, e.next = nil, nil
	l.len--
}

func (l *list) moveToFront(e *entry) {
	if l.root.next == e {
		return
	}
	l.remove(e)
	l.pushFront(e)
}

func (l *list) back() *entry {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

type Stats struct {
	Hits, Misses, Evictions int
}

func (s Stats) String() string {
	total := s.Hits + s.Misses
	ratio := 0.0
	if total > 0 {
		ratio = float64(s.Hits) / float64(total)
	}
	return fmt.Sprintf("hits=%d misses=%d evictions=%d ratio=%.2f", s.Hits, s.Misses, s.Evictions, ratio)
}

type LRU struct {
	capacity int
	items    map[string]*entry
	order    *list
	stats    Stats
	onEvict  func(key string, value int)
}

func NewLRU(capacity int, onEvict func(string, int)) *LRU {
	return &LRU{
		capacity: capacity,
		items:    make(map[string]*entry, capacity),
		order:    newList(),
		onEvict:  onEvict,
	}
}

func (c *LRU) Get(key string) (int, bool) {
	if e, ok := c.items[key]; ok {
		c.order.moveToFront(e)
		c.stats.Hits++
		return e.value, true
	}
	c.stats.Misses++
	return 0, false
}

func (c *LRU) Put(key string, value int) {
	if e, ok := c.items[key]; ok {
		e.value = value
		c.order.moveToFront(e)
		return
	}
	e := &entry{key: key, value: value}
	c.items[key] = e
	c.order.pushFront(e)
	if c.order.len > c.capacity {
		old := c.order.back()
		c.order.remove(old)
		delete(c.items, old.key)
		c.stats.Evictions++
		if c.onEvict != nil {
			c.onEvict(old.key, old.value)
		}
	}
}

func (c *LRU) Keys() []string {
	keys := make([]string, 0, c.order.len)
	for e := c.order.root.next; e != &c.order.root; e = e.next {
		keys = append(keys, e.key)
	}
	return keys
}

func (c *LRU) String() string {
	var b strings.Builder
	b.WriteString("[")
	i := 0
	for e := c.order.root.next; e != &c.order.root; e = e.next {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s:%d", e.key, e.value)
		i++
	}
	b.WriteString("]")
	return b.String()
}

// fib computed through the cache: memoisation with bounded memory.
func fibCached(c *LRU, n int) int {
	key := fmt.Sprint(n)
	if v, ok := c.Get(key); ok {
		return v
	}
	var v int
	if n < 2 {
		v = n
	} else {
		v = fibCached(c, n-1) + fibCached(c, n-2)
	}
	c.Put(key, v)
	return v
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	})
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println("after puts:", c)
	if v, ok := c.Get("a"); ok {
		fmt.Println("get a:", v)
	}
	c.Put("d", 4)
	fmt.Println("after d:", c)
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println("after e:", c, "keys", c.Keys())
	fmt.Println("evicted:", evicted)
	fmt.Println(c.stats)
	fmt.Printf("%v | %+v\n", c.stats, c.stats)

	memo := NewLRU(4, nil)
	for _, n := range []int{10, 20, 30, 40} {
		fmt.Printf("fib(%d) = %d\n", n, fibCached(memo, n))
	}
	fmt.Println("memo:", memo.stats.String())

	// Word frequency with a tiny cache in front of a map.
	text := "the quick brown fox jumps over the lazy dog the fox"
	counts := map[string]int{}
	wc := NewLRU(2, func(k string, v int) { counts[k] += v })
	for _, w := range strings.Fields(text) {
		v, _ := wc.Get(w)
		wc.Put(w, v+1)
	}
	for _, k := range wc.Keys() {
		v, _ := wc.Get(k)
		counts[k] += v
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	for _, w := range words {
		fmt.Printf("%-6s %2d %s\n", w, counts[w], strings.Repeat("*", counts[w]))
	}
	fmt.Println(wc.stats, len(wc.items), wc.order.len)
}
