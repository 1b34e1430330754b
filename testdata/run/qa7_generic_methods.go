// Generics with method constraints: a Sum over anything with a Weight
// method, a generic LRU-ish Cache[K, V] with a method value as eviction
// callback, generic Min/Max with ~int types and a Pair[K, V] printer.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Weighted interface {
	Weight() float64
}

type Box struct {
	Label string
	Kg    float64
}

func (b Box) Weight() float64 { return b.Kg }

type Crate struct {
	Boxes []Box
}

func (c *Crate) Weight() float64 {
	w := 5.0
	for _, b := range c.Boxes {
		w += b.Weight()
	}
	return w
}

func TotalWeight[T Weighted](items []T) float64 {
	t := 0.0
	for _, it := range items {
		t += it.Weight()
	}
	return t
}

func Heaviest[T Weighted](items []T) (best T) {
	for i, it := range items {
		if i == 0 || it.Weight() > best.Weight() {
			best = it
		}
	}
	return
}

type Number interface {
	~int | ~int32 | ~float64
}

func MinMax[T Number](xs ...T) (lo, hi T) {
	for i, x := range xs {
		if i == 0 || x < lo {
			lo = x
		}
		if i == 0 || x > hi {
			hi = x
		}
	}
	return
}

type Celsius int32

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type Cache[K comparable, V any] struct {
	max     int
	order   []K
	data    map[K]V
	onEvict func(K, V)
}

func NewCache[K comparable, V any](max int, onEvict func(K, V)) *Cache[K, V] {
	return &Cache[K, V]{max: max, data: make(map[K]V), onEvict: onEvict}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	if len(c.order) > c.max {
		old := c.order[0]
		c.order = c.order[1:]
		if c.onEvict != nil {
			c.onEvict(old, c.data[old])
		}
		delete(c.data, old)
	}
}

func (c *Cache[K, V]) Pairs() []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(c.order))
	for _, k := range c.order {
		out = append(out, Pair[K, V]{k, c.data[k]})
	}
	return out
}

type evictLog struct{ lines []string }

func (e *evictLog) record(k string, v int) { e.lines = append(e.lines, fmt.Sprint(k, ":", v)) }

func main() {
	boxes := []Box{{"a", 1.5}, {"b", 4}, {"c", 2.25}}
	crates := []*Crate{{Boxes: boxes[:1]}, {Boxes: boxes}}
	fmt.Println(TotalWeight(boxes), TotalWeight(crates), Heaviest(boxes).Label, Heaviest(crates).Weight())

	fmt.Println(MinMax(3, 9, -2, 7))
	fmt.Println(MinMax(2.5, 1.25))
	lo, hi := MinMax[Celsius](21, 19, 25)
	fmt.Println(lo, hi)

	el := &evictLog{}
	c := NewCache(2, el.record)
	for i, w := range strings.Fields("x y x z w") {
		c.Put(w, i)
	}
	fmt.Println(c.Pairs(), el.lines)

	byLen := NewCache[int, []string](10, nil)
	words := strings.Fields("go is a small language with big ideas")
	for _, w := range words {
		cur := byLen.data[len(w)]
		byLen.Put(len(w), append(cur, w))
	}
	ps := byLen.Pairs()
	sort.Slice(ps, func(i, j int) bool { return ps[i].Key < ps[j].Key })
	for _, p := range ps {
		fmt.Println(p)
	}
}
