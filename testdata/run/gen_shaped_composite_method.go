// Methods of a generic type instantiated inside a generic function with
// type arguments built from its type parameter (Stack[[]T], Stack[*T],
// Cache[K, []V]): gc calls the methods shaped from the caller's shapes and
// makes the plain instance's methods for the dictionary and the type.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

type Temp float64

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

func (s *Stack[T]) String() string {
	var b strings.Builder
	b.WriteString("stack(")
	fmt.Fprint(&b, s.Len())
	b.WriteString(")")
	return b.String()
}

type Cache[K comparable, V any] struct {
	m     map[K]V
	order []K
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{m: make(map[K]V)}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.m[k]; !ok {
		c.order = append(c.order, k)
	}
	c.m[k] = v
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.m[k]
	return v, ok
}

func Chunks[T any](xs []T, n int) *Stack[[]T] {
	s := &Stack[[]T]{}
	for len(xs) > n {
		s.Push(xs[:n])
		xs = xs[n:]
	}
	s.Push(xs)
	return s
}

func Refs[T any](xs []T) *Stack[*T] {
	s := new(Stack[*T])
	for i := range xs {
		s.Push(&xs[i])
	}
	return s
}

func GroupBy[K comparable, V any](xs []V, key func(V) K) *Cache[K, []V] {
	c := NewCache[K, []V]()
	for _, x := range xs {
		k := key(x)
		old, _ := c.Get(k)
		c.Put(k, append(old, x))
	}
	return c
}

func Describe[T any](x T) string {
	s := &Stack[[]T]{}
	s.Push([]T{x})
	var st fmt.Stringer = s
	push := s.Push
	push(nil)
	return st.String()
}

func main() {
	pts := []Point{{1, 2}, {3, 4}, {5, 6}}
	c := Chunks(pts, 2)
	fmt.Println(c.Len(), c)
	top, ok := c.Pop()
	fmt.Println(top, ok)
	r := Refs(pts)
	p, _ := r.Pop()
	p.X = 50
	fmt.Println(pts[2], r.Len())
	temps := []Temp{1.5, 2.5, 1.5}
	g := GroupBy(temps, func(t Temp) bool { return t < 2 })
	lo, _ := g.Get(true)
	fmt.Println(lo, len(g.order))
	fmt.Println(Describe(Point{7, 8}), Describe(Temp(3)), Describe("s"))
	var own Stack[[]Point]
	own.Push(pts)
	fmt.Println(own.Len())
}
