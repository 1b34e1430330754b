// A doubly linked list with a sentinel node, used as the recency order of
// a small LRU cache of strings keyed by int.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	key        int
	val        string
	prev, next *node
}

type list struct {
	root node
	len  int
}

func newList() *list {
	l := &list{}
	l.root.next = &l.root
	l.root.prev = &l.root
	return l
}

func (l *list) insertAfter(n, at *node) {
	n.prev = at
	n.next = at.next
	at.next.prev = n
	at.next = n
	l.len++
}

func (l *list) unlink(n *node) {
	n.prev.next = n.next
	n.next.prev = n.prev
	n.prev, n.next = nil, nil
	l.len--
}

func (l *list) moveToFront(n *node) {
	if l.root.next == n {
		return
	}
	l.unlink(n)
	l.insertAfter(n, &l.root)
}

func (l *list) back() *node {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

func (l *list) String() string {
	var parts []string
	for n := l.root.next; n != &l.root; n = n.next {
		parts = append(parts, fmt.Sprintf("%d:%s", n.key, n.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type LRU struct {
	cap     int
	order   *list
	items   map[int]*node
	evicted []int
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, order: newList(), items: make(map[int]*node, capacity)}
}

func (c *LRU) Get(k int) (string, bool) {
	n, ok := c.items[k]
	if !ok {
		return "", false
	}
	c.order.moveToFront(n)
	return n.val, true
}

func (c *LRU) Put(k int, v string) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.order.moveToFront(n)
		return
	}
	if c.order.len == c.cap {
		old := c.order.back()
		c.order.unlink(old)
		delete(c.items, old.key)
		c.evicted = append(c.evicted, old.key)
	}
	n := &node{key: k, val: v}
	c.order.insertAfter(n, &c.order.root)
	c.items[k] = n
}

func main() {
	c := NewLRU(3)
	c.Put(1, "one")
	c.Put(2, "two")
	c.Put(3, "three")
	fmt.Println(c.order)
	v, ok := c.Get(1)
	fmt.Println(v, ok, c.order)
	c.Put(4, "four")
	c.Put(2, "TWO")
	c.Put(5, "five")
	fmt.Println(c.order, c.evicted)
	_, ok = c.Get(3)
	fmt.Println(ok, len(c.items), c.order.len)
	for i := 10; i < 20; i++ {
		c.Put(i%4+10, fmt.Sprint(i))
	}
	fmt.Println(c.order, c.evicted)
}
