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
	ll      *list.List
	items   map[string]*list.Element
	onEvict func(key string, size int)
	bytes   int
}

func NewLRU(capacity int, onEvict func(string, int)) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element), onEvict: onEvict}
}

func (c *LRU) Get(key string) ([]byte, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry).value, true
	}
	return nil, false
}

func (c *LRU) Put(key string, value []byte) {
	if el, ok := c.items[key]; ok {
		e := el.Value.(*entry)
		c.bytes += len(value) - len(e.value)
		e.value = value
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry{key: key, value: value})
	c.items[key] = el
	c.bytes += len(value)
	for c.ll.Len() > c.cap {
		c.removeOldest()
	}
}

func (c *LRU) removeOldest() {
	el := c.ll.Back()
	if el == nil {
		return
	}
	e := c.ll.Remove(el).(*entry)
	delete(c.items, e.key)
	c.bytes -= len(e.value)
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
	c := NewLRU(3, func(k string, n int) {
		evicted = append(evicted, fmt.Sprintf("%s(%d)", k, n))
	})
	for i, w := range strings.Fields("alpha beta gamma delta alpha epsilon beta zeta") {
		if v, ok := c.Get(w); ok {
			fmt.Printf("hit  %-8s %q\n", w, v)
			continue
		}
		c.Put(w, []byte(strings.Repeat(w[:1], i+1)))
		fmt.Printf("miss %-8s keys=%v bytes=%d\n", w, c.Keys(), c.bytes)
	}
	c.Put("zeta", []byte("Z"))
	fmt.Println("after update:", c.Keys(), c.bytes)
	fmt.Println("evicted:", strings.Join(evicted, ","))
	fmt.Println("len items:", len(c.items), "list:", c.ll.Len())
}
