// Held-out-style generics (session 9): constraints over maps, a mutex-guarded
// generic stack, sorted pairs through sort.Slice, Filter/Map with closures.
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

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Stack[T any] struct {
	mu    sync.Mutex
	items []T
}

func NewStack[T any](n int) *Stack[T] {
	return &Stack[T]{items: make([]T, 0, n)}
}

func (s *Stack[T]) Push(v T) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items = append(s.items, v)
}

func (s *Stack[T]) Pop() (T, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func SortedPairs[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
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

func MapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Celsius float64

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	fmt.Println(SumMap(m), SumMap(map[int]Celsius{1: 1.5, 2: 2.5}))
	s := NewStack[string](4)
	s.Push("x")
	s.Push("y")
	v, err := s.Pop()
	fmt.Println(v, err)
	ps := SortedPairs(m, func(a, b string) bool { return a < b })
	for _, p := range ps {
		fmt.Printf("%s=%d ", p.Key, p.Val)
	}
	fmt.Println()
	words := strings.Fields("the quick brown fox jumps")
	long := Filter(words, func(w string) bool { return len(w) > 3 })
	lens := MapSlice(long, func(w string) int { return len(w) })
	fmt.Println(long, lens)
	is := NewStack[int](1)
	_, err = is.Pop()
	fmt.Println(err)
}
