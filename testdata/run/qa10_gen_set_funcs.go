// A generic Set[T] built on map[T]struct{} and generic Map/Filter/Reduce
// helpers over slices, with a constraint for ordered keys.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{}, len(items))}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)           { s.m[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int          { return len(s.m) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		r.Add(k)
	}
	for k := range o.m {
		r.Add(k)
	}
	return r
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func Sorted[T Ordered](s Set[T]) []T {
	out := make([]T, 0, s.Len())
	for k := range s.m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
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

type Celsius float64

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)), a.Has(5))
	words := strings.Fields("go is fun and go is fast")
	ws := NewSet(words...)
	fmt.Println(ws.Len(), Sorted(ws))
	lens := Map(words, func(s string) int { return len(s) })
	long := Filter(words, func(s string) bool { return len(s) > 2 })
	total := Reduce(lens, 0, func(a, n int) int { return a + n })
	joined := Reduce(long, "", func(a string, s string) string { return a + "/" + s })
	fmt.Println(lens, long, total, joined)
	temps := NewSet[Celsius](21.5, -3, 21.5, 0)
	fmt.Println(Sorted(temps))
	upper := Map(Sorted(ws), strings.ToUpper)
	fmt.Println(upper)
}
