// Self-referential (F-bounded) constraints: T interface{ Less(T) bool }
// and a generic interface Lesser[T] used as the constraint of its own
// argument; a generic interface embedding another; mutually recursive
// generic types; an alias to an instance (type IntStack = Stack[int]) and
// a defined type whose underlying type is an instance (no methods).
package main

import (
	"fmt"
	"strings"
)

type Lesser[T any] interface {
	Less(T) bool
}

type Equaler[T any] interface {
	Equal(T) bool
}

type Comparer[T any] interface {
	Lesser[T]
	Equaler[T]
}

func InsertionSort[T Lesser[T]](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func MinOf[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

func Dedup[T Comparer[T]](xs []T) []T {
	InsertionSort(xs)
	var out []T
	for _, x := range xs {
		if len(out) == 0 || !out[len(out)-1].Equal(x) {
			out = append(out, x)
		}
	}
	return out
}

type Version struct{ Major, Minor, Patch int }

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}
func (v Version) Equal(o Version) bool { return v == o }
func (v Version) String() string       { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

type Word string

func (w Word) Less(o Word) bool  { return strings.ToLower(string(w)) < strings.ToLower(string(o)) }
func (w Word) Equal(o Word) bool { return strings.EqualFold(string(w), string(o)) }

// Mutually recursive generic types: a bipartite structure of owners and
// items sharing one parameter.
type Owner[T any] struct {
	name  string
	items []*Item[T]
}

type Item[T any] struct {
	val   T
	owner *Owner[T]
}

func (o *Owner[T]) Give(v T) *Item[T] {
	it := &Item[T]{v, o}
	o.items = append(o.items, it)
	return it
}

type Stack[T any] struct{ s []T }

func (st *Stack[T]) Push(v T) { st.s = append(st.s, v) }
func (st *Stack[T]) Len() int { return len(st.s) }

type IntStack = Stack[int]

type Frozen Stack[string] // same fields, no methods

func main() {
	vs := []Version{{1, 2, 3}, {0, 9, 9}, {1, 10, 0}, {1, 2, 0}, {0, 9, 9}}
	InsertionSort(vs)
	fmt.Println(vs)
	fmt.Println(MinOf(Version{2, 0, 0}, Version{1, 99, 0}, Version{1, 99, 1}))
	fmt.Println(Dedup(vs))

	ws := []Word{"banana", "Apple", "cherry", "apple", "BANANA", "date"}
	fmt.Println(Dedup(ws))
	fmt.Println(MinOf[Word]("zeta", "Eta", "theta"))

	var c Comparer[Version] = Version{1, 0, 0}
	fmt.Println(c.Less(Version{1, 0, 1}), c.Equal(Version{1, 0, 0}))
	var l Lesser[Word] = Word("a")
	_, isCmp := l.(Comparer[Word])
	_, isCmpV := l.(Comparer[Version])
	fmt.Println(isCmp, isCmpV)

	alice := &Owner[[]string]{name: "alice"}
	alice.Give([]string{"pen"})
	it := alice.Give([]string{"ink", "nib"})
	fmt.Println(it.owner.name, len(it.owner.items), it.owner.items[0].val, it.val)
	fmt.Printf("%T %T\n", it, it.owner)

	var is IntStack
	is.Push(4)
	is.Push(2)
	fmt.Println(is.Len(), is.s)
	fmt.Printf("%T\n", is)
	var sp *Stack[int] = &is
	sp.Push(9)
	fmt.Println(is.s)

	fr := Frozen{s: []string{"ice"}}
	back := Stack[string](fr)
	back.Push("snow")
	fmt.Println(fr.s, back.s, back.Len())
	fmt.Printf("%T %T\n", fr, back)
}
