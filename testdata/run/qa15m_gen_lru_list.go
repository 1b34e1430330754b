package main

import (
	"container/list"
	"fmt"
	"strings"
)

type pair[K comparable, V any] struct {
	key K
	val V
}

type Cache[K comparable, V any] struct {
	max     int
	order   *list.List
	index   map[K]*list.Element
	evicted func(K, V)
	hits    int
	misses  int
}

func New[K comparable, V any](max int, onEvict func(K, V)) *Cache[K, V] {
	return &Cache[K, V]{max: max, order: list.New(), index: make(map[K]*list.Element, max), evicted: onEvict}
}

func (c *Cache[K, V]) Get(k K) (v V, ok bool) {
	el, ok := c.index[k]
	if !ok {
		c.misses++
		return v, false
	}
	c.hits++
	c.order.MoveToFront(el)
	return el.Value.(*pair[K, V]).val, true
}

func (c *Cache[K, V]) GetOrLoad(k K, load func(K) V) V {
	if v, ok := c.Get(k); ok {
		return v
	}
	v := load(k)
	c.Put(k, v)
	return v
}

func (c *Cache[K, V]) Put(k K, v V) {
	if el, ok := c.index[k]; ok {
		el.Value.(*pair[K, V]).val = v
		c.order.MoveToFront(el)
		return
	}
	c.index[k] = c.order.PushFront(&pair[K, V]{k, v})
	if c.order.Len() > c.max {
		last := c.order.Back()
		p := c.order.Remove(last).(*pair[K, V])
		delete(c.index, p.key)
		if c.evicted != nil {
			c.evicted(p.key, p.val)
		}
	}
}

func (c *Cache[K, V]) Each(f func(K, V)) {
	for el := c.order.Front(); el != nil; el = el.Next() {
		p := el.Value.(*pair[K, V])
		f(p.key, p.val)
	}
}

type point struct{ x, y int }

func main() {
	var log []string
	c := New[string, []byte](2, func(k string, v []byte) {
		log = append(log, fmt.Sprintf("%s:%d", k, len(v)))
	})
	loads := 0
	load := func(k string) []byte { loads++; return []byte(strings.ToUpper(k)) }
	for _, k := range strings.Fields("a bb a ccc bb dddd a") {
		fmt.Printf("%s ", c.GetOrLoad(k, load))
	}
	fmt.Println()
	fmt.Println(loads, c.hits, c.misses, log)
	c.Each(func(k string, v []byte) { fmt.Print(k, "=", string(v), " ") })
	fmt.Println()

	dist := New[point, float64](3, nil)
	for i := 0; i < 5; i++ {
		p := point{i, i * i}
		dist.Put(p, float64(p.x*p.x+p.y*p.y))
	}
	_, ok0 := dist.Get(point{0, 0})
	v4, ok4 := dist.Get(point{4, 16})
	fmt.Println(ok0, v4, ok4, dist.order.Len(), len(dist.index))
	ptrs := New[*point, int](2, func(k *point, v int) { fmt.Println("evict", *k, v) })
	a, b, d := &point{1, 1}, &point{1, 1}, &point{2, 2}
	ptrs.Put(a, 1)
	ptrs.Put(b, 2)
	ptrs.Put(d, 3)
	_, okA := ptrs.Get(a)
	_, okB := ptrs.Get(b)
	fmt.Println(okA, okB)
}
