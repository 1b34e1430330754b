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

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Remove(v T)        { delete(s, v) }
func (s Set[T]) Len() int          { return len(s) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		if !o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

type Sortable interface {
	~int | ~string | ~float64
}

func Sorted[T Sortable](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

type UserID int

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func fmtSet[T Sortable](name string, s Set[T]) {
	fmt.Printf("%s(%d): %v\n", name, s.Len(), Sorted(s))
}

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmtSet("a", a)
	fmtSet("a|b", a.Union(b))
	fmtSet("a&b", a.Intersect(b))
	fmtSet("a-b", a.Diff(b))
	a.Remove(1)
	fmt.Println(a.Has(1), a.Has(2), len(a))

	admins := NewSet[UserID](10, 20)
	online := NewSet[UserID](20, 30, 40)
	fmtSet("online admins", admins.Intersect(online))

	tags := NewSet[Tag]()
	for _, w := range strings.Fields("go rust go zig c go rust") {
		tags.Add(Tag(w))
	}
	fmtSet("tags", tags)
	fmt.Println(Sorted(tags)[0], tags.Has("zig"))

	fs := NewSet(1.5, 2.5, 1.5)
	fmtSet("floats", fs)

	type point struct{ x, y int }
	visited := NewSet[point]()
	x, y := 0, 0
	for _, mv := range "RRUULDDDLR" {
		switch mv {
		case 'R':
			x++
		case 'L':
			x--
		case 'U':
			y++
		case 'D':
			y--
		}
		visited.Add(point{x, y})
	}
	fmt.Println("visited:", visited.Len(), visited.Has(point{2, 2}), visited.Has(point{5, 5}))
	empty := Set[string]{}
	fmtSet("empty", empty.Union(nil))
}
