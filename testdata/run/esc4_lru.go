// An LRU cache: a doubly linked list of *entry, a map from key to element,
// a mutex, eviction callbacks and a stats method returning a struct.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type entry struct {
	key        string
	value      []byte
	prev, next *entry
}

type Cache struct {
	mu       sync.Mutex
	cap      int
	items    map[string]*entry
	head     *entry
	tail     *entry
	onEvict  func(key string, value []byte)
	hits     int
	misses   int
}

type Stats struct {
	Hits, Misses, Size int
}

func New(capacity int, onEvict func(string, []byte)) *Cache {
	return &Cache{cap: capacity, items: make(map[string]*entry), onEvict: onEvict}
}

func (c *Cache) unlink(e *entry) {
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

func (c *Cache) pushFront(e *entry) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *Cache) Get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[key]
	if !ok {
		c.misses++
		return nil, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.value, true
}

func (c *Cache) Put(key string, value []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		e.value = value
		c.unlink(e)
		c.pushFront(e)
		return
	}
	e := &entry{key: key, value: value}
	c.items[key] = e
	c.pushFront(e)
	if len(c.items) > c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		if c.onEvict != nil {
			c.onEvict(old.key, old.value)
		}
	}
}

func (c *Cache) Stats() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return Stats{Hits: c.hits, Misses: c.misses, Size: len(c.items)}
}

func (c *Cache) Keys() []string {
	var ks []string
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	var evicted []string
	c := New(2, func(k string, v []byte) {
		evicted = append(evicted, k+"="+string(v))
	})
	c.Put("a", []byte("1"))
	c.Put("b", []byte("2"))
	if v, ok := c.Get("a"); ok {
		fmt.Println("a:", string(v))
	}
	c.Put("c", []byte("3"))
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("a", []byte("11"))
	c.Put("d", []byte("4"))
	fmt.Println(strings.Join(c.Keys(), ","), evicted)
	st := c.Stats()
	fmt.Printf("%+v\n", st)
	key := make([]byte, 1)
	key[0] = 'd'
	v, _ := c.Get(string(key))
	fmt.Println(string(v))
}
