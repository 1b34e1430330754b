// Everyday generic helpers and containers (Map/Filter/Reduce, a mutex-guarded
// cache, a stack, sorted keys, zip): their -m output matches gc's with and
// without inlining.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
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

type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	items map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{items: make(map[K]V), limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.items[k]; !ok {
		c.order = append(c.order, k)
	}
	c.items[k] = v
	if len(c.order) > c.limit {
		old := c.order[0]
		c.order = c.order[1:]
		delete(c.items, old)
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.items[k]
	return v, ok
}

func (c *Cache[K, V]) Keys() []K {
	c.mu.Lock()
	keys := make([]K, len(c.order))
	copy(keys, c.order)
	c.mu.Unlock()
	return keys
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

func SortedKeys[K interface{ ~string | ~int }, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := len(as)
	if len(bs) < n {
		n = len(bs)
	}
	out := make([]Pair[A, B], n)
	for i := 0; i < n; i++ {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func main() {
	ints := []int{1, 2, 3, 4, 5}
	fmt.Println(Sum(ints), Sum([]float64{1.5, 2.5}))
	strs := Map(ints, func(i int) string { return strings.Repeat("*", i) })
	fmt.Println(strs)
	even := Filter(ints, func(i int) bool { return i%2 == 0 })
	fmt.Println(even, Reduce(ints, "", func(a string, i int) string { return a + fmt.Sprint(i) }))
	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())
	var st Stack[string]
	st.Push("x")
	st.Push("y")
	top, err := st.Pop()
	fmt.Println(top, err, st.Len())
	m := map[string]int{"z": 1, "a": 2}
	fmt.Println(SortedKeys(m))
	fmt.Println(Zip([]int{1, 2}, []string{"a", "b", "c"}))
}
