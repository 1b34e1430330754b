package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Setter is satisfied by *T for a T whose pointer has Set.
type Setter[T any] interface {
	*T
	Set(string) error
}

type IntField struct{ V int }

func (f *IntField) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return err
	}
	f.V = n
	return nil
}

type ListField struct{ Items []string }

func (l *ListField) Set(s string) error {
	if s == "" {
		return fmt.Errorf("empty list")
	}
	l.Items = strings.Split(s, ",")
	return nil
}

func ParseAll[T any, PT Setter[T]](inputs []string) ([]T, []error) {
	out := make([]T, 0, len(inputs))
	var errs []error
	for i, in := range inputs {
		var v T
		if err := PT(&v).Set(in); err != nil {
			errs = append(errs, fmt.Errorf("input %d (%q): %w", i, in, err))
			continue
		}
		out = append(out, v)
	}
	return out, errs
}

type Number interface {
	~int | ~int64 | ~float64
}

type Stats[T Number] struct {
	vals []T
	min  T
	max  T
}

func (s *Stats[T]) Add(vs ...T) *Stats[T] {
	for _, v := range vs {
		if len(s.vals) == 0 || v < s.min {
			s.min = v
		}
		if len(s.vals) == 0 || v > s.max {
			s.max = v
		}
		s.vals = append(s.vals, v)
	}
	return s
}

func (s *Stats[T]) Median() T {
	c := append([]T(nil), s.vals...)
	sort.Slice(c, func(i, j int) bool { return c[i] < c[j] })
	return c[len(c)/2]
}

func (s Stats[T]) String() string {
	return fmt.Sprintf("n=%d min=%v max=%v", len(s.vals), s.min, s.max)
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
	onEvict func(K, V)
}

func NewCache[K comparable, V any](limit int, onEvict func(K, V)) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit, onEvict: onEvict}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	for len(c.order) > c.limit {
		old := c.order[0]
		c.order = c.order[1:]
		if c.onEvict != nil {
			c.onEvict(old, c.data[old])
		}
		delete(c.data, old)
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

type Miles float64

func main() {
	ints, errs := ParseAll[IntField]([]string{"1", "x", "42", "-7"})
	fmt.Println(ints, errs)
	lists, errs := ParseAll[ListField]([]string{"a,b", "", "c"})
	fmt.Printf("%+v %v\n", lists, errs)

	var si Stats[int]
	si.Add(5, 3, 9, 1, 7)
	fmt.Println(si, si.Median())
	sf := (&Stats[Miles]{}).Add(2.5, 1.25, 10)
	fmt.Println(sf, sf.Median())
	fmt.Printf("%v %T\n", *sf, sf)

	var evicted []string
	c := NewCache[string, int](2, func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, ":", v)) })
	for i, k := range []string{"a", "b", "a", "c", "d"} {
		c.Put(k, i)
	}
	v, ok := c.Get("a")
	fmt.Println(v, ok, evicted, c.order)
	c2 := NewCache[[2]int, *IntField](1, nil)
	c2.Put([2]int{1, 2}, &IntField{3})
	c2.Put([2]int{3, 4}, &IntField{4})
	f, ok := c2.Get([2]int{3, 4})
	fmt.Println(f.V, ok, len(c2.data))
}
