package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key        string
	val        int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry
	evicted    []string
}

func NewLRU(n int) *LRU {
	l := &LRU{cap: n, items: make(map[string]*entry, n)}
	l.head = &entry{}
	l.tail = &entry{}
	l.head.next = l.tail
	l.tail.prev = l.head
	return l
}

func (l *LRU) unlink(e *entry) { e.prev.next = e.next; e.next.prev = e.prev }

func (l *LRU) pushFront(e *entry) {
	e.next = l.head.next
	e.prev = l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU) Get(k string) (int, bool) {
	if e, ok := l.items[k]; ok {
		l.unlink(e)
		l.pushFront(e)
		return e.val, true
	}
	return 0, false
}

func (l *LRU) Put(k string, v int) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.pushFront(e)
		return
	}
	if len(l.items) == l.cap {
		old := l.tail.prev
		l.unlink(old)
		delete(l.items, old.key)
		l.evicted = append(l.evicted, old.key)
	}
	e := &entry{key: k, val: v}
	l.items[k] = e
	l.pushFront(e)
}

func (l *LRU) String() string {
	var parts []string
	for e := l.head.next; e != l.tail; e = e.next {
		parts = append(parts, fmt.Sprintf("%s:%d", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	c.Get("a")
	c.Put("d", 4)
	fmt.Println(c, c.evicted)
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	for i := 0; i < 1000; i++ {
		c.Put(fmt.Sprint("k", i%7), i)
	}
	fmt.Println(c, len(c.evicted), len(c.items))
}
