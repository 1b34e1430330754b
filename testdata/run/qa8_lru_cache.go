// An LRU cache: a map from key to list element plus a container/list for
// recency order; evicted entries are reported through a callback.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value []byte
}

type LRU struct {
	cap     int
	size    int
	ll      *list.List
	index   map[string]*list.Element
	onEvict func(key string, size int)
}

func NewLRU(capBytes int, onEvict func(string, int)) *LRU {
	return &LRU{cap: capBytes, ll: list.New(), index: make(map[string]*list.Element), onEvict: onEvict}
}

func (c *LRU) Get(key string) ([]byte, bool) {
	if el, ok := c.index[key]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry).value, true
	}
	return nil, false
}

func (c *LRU) Put(key string, value []byte) {
	if el, ok := c.index[key]; ok {
		e := el.Value.(*entry)
		c.size += len(value) - len(e.value)
		e.value = value
		c.ll.MoveToFront(el)
	} else {
		el := c.ll.PushFront(&entry{key, value})
		c.index[key] = el
		c.size += len(value)
	}
	for c.size > c.cap && c.ll.Len() > 0 {
		c.evictOldest()
	}
}

func (c *LRU) evictOldest() {
	el := c.ll.Back()
	e := c.ll.Remove(el).(*entry)
	delete(c.index, e.key)
	c.size -= len(e.value)
	if c.onEvict != nil {
		c.onEvict(e.key, len(e.value))
	}
}

func (c *LRU) Keys() []string {
	keys := make([]string, 0, c.ll.Len())
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry).key)
	}
	return keys
}

func main() {
	var evicted []string
	cache := NewLRU(20, func(k string, n int) {
		evicted = append(evicted, fmt.Sprintf("%s(%d)", k, n))
	})
	cache.Put("a", []byte("12345"))
	cache.Put("b", []byte("123456"))
	cache.Put("c", []byte("1234567"))
	cache.Get("a")
	cache.Put("d", []byte("1234"))
	fmt.Println(cache.Keys(), cache.size, evicted)
	v, ok := cache.Get("b")
	fmt.Println(string(v), ok)
	cache.Put("a", []byte(strings.Repeat("z", 15)))
	fmt.Println(cache.Keys(), cache.size, evicted)
	v, ok = cache.Get("a")
	fmt.Println(len(v), ok)
	cache.Put("big", make([]byte, 30))
	fmt.Println(cache.Keys(), cache.size, len(cache.index))
	fmt.Println(strings.Join(evicted, " "))
}
