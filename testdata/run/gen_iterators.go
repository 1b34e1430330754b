// Generic interface types: Iterator[T] implemented by several generic
// structs (slice iterator, range counter, mapping/filtering adapters,
// zip into Pair), a generic Collect over the interface, a Container[T]
// interface satisfied by two generic types, and assertions between
// instantiated interfaces.
package main

import (
	"fmt"
	"strings"
)

type Iterator[T any] interface {
	Next() (T, bool)
}

type sliceIter[T any] struct {
	s []T
	i int
}

func FromSlice[T any](s []T) Iterator[T] { return &sliceIter[T]{s: s} }

func (it *sliceIter[T]) Next() (T, bool) {
	if it.i >= len(it.s) {
		var zero T
		return zero, false
	}
	it.i++
	return it.s[it.i-1], true
}

type counter struct{ cur, end, step int }

func (c *counter) Next() (int, bool) {
	if c.cur >= c.end {
		return 0, false
	}
	c.cur += c.step
	return c.cur - c.step, true
}

type mapIter[T, U any] struct {
	src Iterator[T]
	f   func(T) U
}

func (m mapIter[T, U]) Next() (U, bool) {
	v, ok := m.src.Next()
	if !ok {
		var zero U
		return zero, false
	}
	return m.f(v), true
}

func MapIt[T, U any](it Iterator[T], f func(T) U) Iterator[U] { return mapIter[T, U]{it, f} }

type filterIter[T any] struct {
	src  Iterator[T]
	keep func(T) bool
}

func (f filterIter[T]) Next() (T, bool) {
	for {
		v, ok := f.src.Next()
		if !ok || f.keep(v) {
			return v, ok
		}
	}
}

type Pair[A, B any] struct {
	A A
	B B
}

type zipIter[A, B any] struct {
	a Iterator[A]
	b Iterator[B]
}

func (z zipIter[A, B]) Next() (Pair[A, B], bool) {
	x, ok1 := z.a.Next()
	y, ok2 := z.b.Next()
	if !ok1 || !ok2 {
		return Pair[A, B]{}, false
	}
	return Pair[A, B]{x, y}, true
}

func Collect[T any](it Iterator[T]) []T {
	var out []T
	for v, ok := it.Next(); ok; v, ok = it.Next() {
		out = append(out, v)
	}
	return out
}

type Container[T any] interface {
	Put(T)
	Len() int
}

type Bag[T any] struct{ items []T }

func (b *Bag[T]) Put(v T)  { b.items = append(b.items, v) }
func (b *Bag[T]) Len() int { return len(b.items) }

type Uniq[T comparable] struct{ seen map[T]bool }

func (u *Uniq[T]) Put(v T) {
	if u.seen == nil {
		u.seen = map[T]bool{}
	}
	u.seen[v] = true
}
func (u *Uniq[T]) Len() int { return len(u.seen) }

func Fill[T any](c Container[T], it Iterator[T]) Container[T] {
	for v, ok := it.Next(); ok; v, ok = it.Next() {
		c.Put(v)
	}
	return c
}

func main() {
	words := FromSlice(strings.Fields("the cat sat on the mat"))
	upper := MapIt(words, strings.ToUpper)
	long := filterIter[string]{upper, func(s string) bool { return len(s) == 3 }}
	fmt.Println(Collect[string](long))

	evens := &counter{0, 10, 2}
	sq := MapIt[int, int](evens, func(i int) int { return i * i })
	fmt.Println(Collect(sq))

	z := zipIter[int, string]{&counter{1, 100, 1}, FromSlice([]string{"a", "b", "c"})}
	ps := Collect[Pair[int, string]](z)
	fmt.Printf("%v %+v\n", ps, ps[0])

	var it Iterator[int] = &counter{0, 3, 1}
	if c, ok := it.(*counter); ok {
		fmt.Println("is *counter", c.end)
	}
	_, isSlice := it.(*sliceIter[int])
	fmt.Println("is sliceIter:", isSlice)
	var anyIt any = FromSlice([]float64{1})
	_, ok1 := anyIt.(Iterator[float64])
	_, ok2 := anyIt.(Iterator[int])
	fmt.Println(ok1, ok2)
	fmt.Printf("%T %T\n", anyIt, MapIt(FromSlice([]byte("x")), func(b byte) rune { return rune(b) }))

	b := Fill[string](&Bag[string]{}, FromSlice([]string{"x", "y", "x"}))
	u := Fill[string](&Uniq[string]{}, FromSlice([]string{"x", "y", "x"}))
	fmt.Println(b.Len(), u.Len())
	conts := []Container[int]{&Bag[int]{}, &Uniq[int]{}}
	for _, c := range conts {
		Fill(c, Iterator[int](&counter{0, 6, 1}))
		Fill(c, MapIt[int, int](&counter{0, 6, 1}, func(i int) int { return i / 2 }))
		fmt.Printf("%T %d\n", c, c.Len())
	}
	if bag, ok := conts[0].(*Bag[int]); ok {
		fmt.Println(bag.items)
	}
	empty := Collect(FromSlice([]struct{}{}))
	fmt.Println(empty == nil, len(empty))
}
