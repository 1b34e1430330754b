// Set[T comparable] defined as a map type, with value-receiver methods
// (the map is a reference), set algebra, sorted printing through a
// constraint with a type set, and sets of structs and arrays.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Remove(v T)   { delete(s, v) }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s *Set[T]) Reset()      { *s = make(Set[T]) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for v := range s {
		r.Add(v)
	}
	for v := range o {
		r.Add(v)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for v := range s {
		if o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := Set[T]{}
	for v := range s {
		if !o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

type Sortable interface {
	~int | ~string | ~float64
}

func Sorted[T Sortable](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for v := range s {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func Describe[T Sortable](name string, s Set[T]) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s(%d){", name, s.Len())
	for i, v := range Sorted(s) {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprint(&b, v)
	}
	b.WriteString("}")
	return b.String()
}

type coord struct{ r, c int }

type Color string

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println(Describe("a", a))
	fmt.Println(Describe("b", b))
	fmt.Println(Describe("a|b", a.Union(b)))
	fmt.Println(Describe("a&b", a.Intersect(b)))
	fmt.Println(Describe("a-b", a.Diff(b)))
	a.Remove(1)
	a.Remove(42)
	fmt.Println(Describe("a", a), a.Has(1), a.Has(2))

	colors := NewSet[Color]("red", "green")
	colors.Add("blue")
	colors.Add("red")
	fmt.Println(Describe("colors", colors))
	fmt.Printf("%T\n", colors)

	visited := Set[coord]{}
	path := []coord{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}, {2, 2}}
	revisits := 0
	for _, p := range path {
		if visited.Has(p) {
			revisits++
			continue
		}
		visited.Add(p)
	}
	fmt.Println("visited", visited.Len(), "revisits", revisits)

	grids := NewSet([2]int{1, 2}, [2]int{2, 1}, [2]int{1, 2})
	fmt.Println("arrays", grids.Len(), grids.Has([2]int{2, 1}))

	// (NewSet[any] is rejected by Go 1.19: any does not implement comparable)
	ptrs := NewSet[*coord]()
	c1, c2 := &coord{1, 1}, &coord{1, 1}
	ptrs.Add(c1)
	ptrs.Add(c2)
	ptrs.Add(c1)
	fmt.Println("pointer set", ptrs.Len(), ptrs.Has(c2), ptrs.Has(&coord{1, 1}))

	colors.Reset()
	fmt.Println("after reset", colors.Len(), colors != nil)

	var nilset Set[string]
	fmt.Println(nilset.Has("x"), nilset.Len(), len(Sorted(nilset)))
	fmt.Println(Describe("floats", NewSet(2.5, -1.0, 2.5, 0.0)))
}
