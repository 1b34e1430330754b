package main

import (
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key        K
	val        V
	expires    int
	prev, next *entry[K, V]
}

type Cache[K comparable, V any] struct {
	cap       int
	now       int
	items     map[K]*entry[K, V]
	head      entry[K, V] // sentinel
	evictions int
	onEvict   func(K, V)
}

func New[K comparable, V any](capacity int, onEvict func(K, V)) *Cache[K, V] {
	c := &Cache[K, V]{cap: capacity, items: make(map[K]*entry[K, V], capacity), onEvict: onEvict}
	c.head.prev = &c.head
	c.head.next = &c.head
	return c
}

func (c *Cache[K, V]) unlink(e *entry[K, V]) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev, e.next = nil, nil
}

func (c *Cache[K, V]) pushFront(e *entry[K, V]) {
	e.next = c.head.next
	e.prev = &c.head
	c.head.next.prev = e
	c.head.next = e
}

func (c *Cache[K, V]) Tick(d int) { c.now += d }

func (c *Cache[K, V]) Put(k K, v V, ttl int) {
	if e, ok := c.items[k]; ok {
		e.val = v
		e.expires = c.now + ttl
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) >= c.cap {
		last := c.head.prev
		c.unlink(last)
		delete(c.items, last.key)
		c.evictions++
		if c.onEvict != nil {
			c.onEvict(last.key, last.val)
		}
	}
	e := &entry[K, V]{key: k, val: v, expires: c.now + ttl}
	c.items[k] = e
	c.pushFront(e)
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	e, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	if e.expires <= c.now {
		c.unlink(e)
		delete(c.items, k)
		var zero V
		return zero, false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *Cache[K, V]) Keys() []K {
	out := make([]K, 0, len(c.items))
	for e := c.head.next; e != &c.head; e = e.next {
		out = append(out, e.key)
	}
	return out
}

type Page struct {
	URL  string
	Body []byte
}

func main() {
	var evicted []string
	c := New[string, *Page](3, func(k string, p *Page) {
		evicted = append(evicted, fmt.Sprintf("%s(%d)", k, len(p.Body)))
	})
	for i, u := range []string{"/a", "/b", "/c", "/a", "/d", "/e"} {
		c.Put(u, &Page{URL: u, Body: []byte(strings.Repeat("x", i+1))}, 5)
		c.Tick(1)
	}
	fmt.Println(c.Keys(), evicted)
	if p, ok := c.Get("/a"); ok {
		fmt.Println("hit", p.URL, string(p.Body))
	}
	c.Tick(3)
	for _, k := range []string{"/a", "/d", "/e", "/zz"} {
		p, ok := c.Get(k)
		if ok {
			fmt.Println(k, "->", len(p.Body))
		} else {
			fmt.Println(k, "miss")
		}
	}
	fmt.Println(c.Keys(), c.evictions, len(c.items))

	ints := New[int, [4]int](2, nil)
	for i := 0; i < 5; i++ {
		ints.Put(i%3, [4]int{i, i * i, i * i * i, -i}, 100)
	}
	v, ok := ints.Get(1)
	fmt.Println(ints.Keys(), v, ok, ints.evictions)
}
