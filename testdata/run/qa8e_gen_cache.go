package main

import (
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap        int
	items      map[K]*entry[K, V]
	head, tail *entry[K, V]
	evicted    []K
	OnEvict    func(K, V)
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, items: make(map[K]*entry[K, V])}
}

func (c *LRU[K, V]) unlink(e *entry[K, V]) {
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

func (c *LRU[K, V]) pushFront(e *entry[K, V]) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	e, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU[K, V]) Put(k K, v V) {
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
		c.evicted = append(c.evicted, old.key)
		if c.OnEvict != nil {
			c.OnEvict(old.key, old.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

type Counter[K comparable] struct {
	*LRU[K, int]
	hits, misses int
}

func (c *Counter[K]) Touch(k K) {
	if v, ok := c.Get(k); ok {
		c.hits++
		c.Put(k, v+1)
		return
	}
	c.misses++
	c.Put(k, 1)
}

func main() {
	c := NewLRU[string, string](3)
	var log []string
	c.OnEvict = func(k, v string) { log = append(log, k+"="+v) }
	for _, kv := range [][2]string{{"a", "1"}, {"b", "2"}, {"c", "3"}, {"a", "1b"}, {"d", "4"}, {"e", "5"}} {
		c.Put(kv[0], kv[1])
		fmt.Println("put", kv[0], "->", c.Keys())
	}
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())
	_, ok = c.Get("b")
	fmt.Println(ok, c.evicted, strings.Join(log, ","))

	cnt := &Counter[int]{LRU: NewLRU[int, int](2)}
	for _, k := range []int{1, 2, 1, 3, 1, 2, 2} {
		cnt.Touch(k)
	}
	fmt.Println(cnt.Keys(), cnt.hits, cnt.misses, cnt.evicted)
	for _, k := range cnt.Keys() {
		v, _ := cnt.Get(k)
		fmt.Printf("%d:%d ", k, v)
	}
	fmt.Println()
	type key struct{ x, y int }
	pc := NewLRU[key, []float64](1)
	pc.Put(key{1, 2}, []float64{1.5})
	pc.Put(key{3, 4}, nil)
	fmt.Printf("%v %v\n", pc.Keys(), pc.evicted)
}
