package main

import (
	"fmt"
	"strings"
	"sync"
)

type node[K comparable, V any] struct {
	key        K
	val        V
	prev, next *node[K, V]
}

type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	cap   int
	m     map[K]*node[K, V]
	head  node[K, V] // sentinel
	evict func(K, V)
}

func NewCache[K comparable, V any](n int, evict func(K, V)) *Cache[K, V] {
	c := &Cache[K, V]{cap: n, m: make(map[K]*node[K, V]), evict: evict}
	c.head.next = &c.head
	c.head.prev = &c.head
	return c
}

func (c *Cache[K, V]) detach(n *node[K, V]) {
	n.prev.next = n.next
	n.next.prev = n.prev
}

func (c *Cache[K, V]) front(n *node[K, V]) {
	n.next = c.head.next
	n.prev = &c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *Cache[K, V]) Get(k K) (v V, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n, ok := c.m[k]
	if !ok {
		return v, false
	}
	c.detach(n)
	c.front(n)
	return n.val, true
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n, ok := c.m[k]; ok {
		n.val = v
		c.detach(n)
		c.front(n)
		return
	}
	n := &node[K, V]{key: k, val: v}
	c.m[k] = n
	c.front(n)
	if len(c.m) > c.cap {
		last := c.head.prev
		c.detach(last)
		delete(c.m, last.key)
		if c.evict != nil {
			c.evict(last.key, last.val)
		}
	}
}

func (c *Cache[K, V]) Keys() []K {
	c.mu.Lock()
	defer c.mu.Unlock()
	var ks []K
	for n := c.head.next; n != &c.head; n = n.next {
		ks = append(ks, n.key)
	}
	return ks
}

type Pool[T any] struct {
	p     sync.Pool
	reset func(*T)
	news  int
}

func NewPool[T any](reset func(*T)) *Pool[T] {
	pl := &Pool[T]{reset: reset}
	pl.p.New = func() interface{} {
		pl.news++
		return new(T)
	}
	return pl
}

func (p *Pool[T]) Get() *T  { return p.p.Get().(*T) }
func (p *Pool[T]) Put(x *T) { p.reset(x); p.p.Put(x) }

type buf struct {
	b []byte
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	var evicted []string
	c := NewCache[string, int](3, func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) })
	for i, k := range strings.Fields("a b c a d e b f") {
		c.Put(k, i)
	}
	v, ok := c.Get("b")
	fmt.Println(c.Keys(), evicted, v, ok)
	_, ok = c.Get("a")
	fmt.Println(ok)
	ci := NewCache[int, []string](2, nil)
	ci.Put(1, []string{"x"})
	ci.Put(2, nil)
	ci.Put(3, []string{"y", "z"})
	fmt.Println(ci.Keys())
	p := NewPool(func(b *buf) { b.b = b.b[:0] })
	for i := 0; i < 5; i++ {
		b := p.Get()
		b.b = append(b.b, "data"...)
		p.Put(b)
	}
	fmt.Println("news>=1:", p.news >= 1)
	s := Set[string]{}
	for _, w := range strings.Fields("x y x z y") {
		s.Add(w)
	}
	fmt.Println(s.Len(), s.Has("z"), s.Has("q"), len(Keys(s)))
	total := Reduce([]int{1, 2, 3, 4}, 0.5, func(a float64, x int) float64 { return a + float64(x) })
	joined := Reduce([]string{"a", "b"}, "", func(a, x string) string { return a + x })
	fmt.Println(total, joined)
}
