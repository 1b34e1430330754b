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

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Len() int { return len(s.items) }

type SafeMap[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Set(k K, v V) {
	s.mu.Lock()
	s.m[k] = v
	s.mu.Unlock()
}

func (s *SafeMap[K, V]) Get(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SafeMap[K, V]) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.m)
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func SortedPairs[K interface {
	comparable
	~string | ~int
}, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Key < ps[j].Key })
	return ps
}

type Celsius float64

var ErrEmpty = errors.New("empty")

func Max[T Number](xs ...T) (T, error) {
	if len(xs) == 0 {
		var z T
		return z, ErrEmpty
	}
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m, nil
}

func main() {
	ints := []int{5, 3, 8, 1}
	fmt.Println(Sum(ints), Sum([]float64{1.5, 2.5}), Sum([]Celsius{10, 20.5}))
	strs := Map(ints, func(i int) string { return strings.Repeat("*", i) })
	fmt.Println(strs)
	even := Filter(ints, func(i int) bool { return i%2 == 0 })
	fmt.Println(even, len(Filter(strs, func(s string) bool { return len(s) > 3 })))
	var st Stack[string]
	for _, s := range []string{"a", "b", "c"} {
		st.Push(s)
	}
	v, ok := st.Pop()
	fmt.Println(v, ok, st.Len())
	var ps Stack[*Pair[string, int]]
	ps.Push(&Pair[string, int]{"x", 1})
	p, _ := ps.Pop()
	_, ok = ps.Pop()
	fmt.Println(p.Key, p.Val, ok)
	sm := NewSafeMap[string, []int]()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sm.Set(fmt.Sprint("k", i), []int{i, i * i})
		}(i)
	}
	wg.Wait()
	got, ok := sm.Get("k3")
	fmt.Println(got, ok, sm.Len())
	for _, kv := range SortedPairs(map[string]int{"b": 2, "a": 1, "c": 3}) {
		fmt.Print(kv.Key, "=", kv.Val, " ")
	}
	fmt.Println()
	m, err := Max(3.5, 9.25, -1.0)
	fmt.Println(m, err)
	_, err = Max[int]()
	fmt.Println(err)
}
