// Calls between generic functions inside instances: gc passes each callee a
// sub-dictionary read out of the caller's dictionary, whose length -m prints
// ((*(*[N]uintptr)(unsafe.Pointer(.dict)))[.dict]).  The bodies use derived
// types, conversions to non-empty interfaces, type assertions and switches,
// closures and method calls through constraints, which all take entries.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Named interface {
	Name() string
}

type Tag string

func (t Tag) Name() string { return "tag:" + string(t) }

type Item struct{ ID int }

func (i Item) Name() string { return fmt.Sprintf("item#%d", i.ID) }

type List[T any] struct {
	elems []T
}

func (l *List[T]) Add(v T)  { l.elems = append(l.elems, v) }
func (l *List[T]) Len() int { return len(l.elems) }
func (l *List[T]) At(i int) T {
	return l.elems[i]
}

func (l *List[T]) Each(f func(int, T)) {
	for i, v := range l.elems {
		f(i, v)
	}
}

func Collect[T any](xs ...T) *List[T] {
	l := &List[T]{}
	for _, x := range xs {
		l.Add(x)
	}
	return l
}

func Names[T Named](l *List[T]) []string {
	out := make([]string, 0, l.Len())
	l.Each(func(_ int, v T) {
		out = append(out, v.Name())
	})
	sort.Strings(out)
	return out
}

func Describe[T Named](l *List[T]) string {
	var b strings.Builder
	names := Names(l)
	fmt.Fprintf(&b, "%d:", l.Len())
	for i, n := range names {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(n)
	}
	if l.Len() > 0 {
		var first Named = l.At(0)
		b.WriteString(" first=" + first.Name())
	}
	return b.String()
}

func Classify[T any](l *List[T]) (ints, strs, other int) {
	l.Each(func(_ int, v T) {
		switch any(v).(type) {
		case int:
			ints++
		case string, Tag:
			strs++
		default:
			other++
		}
	})
	return
}

func Find[T comparable](l *List[T], want T) (int, error) {
	for i := 0; i < l.Len(); i++ {
		if l.At(i) == want {
			return i, nil
		}
	}
	return -1, errors.New("not found")
}

func AsNamed[T any](v T) (Named, bool) {
	n, ok := any(v).(Named)
	return n, ok
}

func Pairs[K comparable, V any](keys []K, vals []V) map[K]*List[V] {
	m := make(map[K]*List[V], len(keys))
	for i, k := range keys {
		if m[k] == nil {
			m[k] = Collect[V]()
		}
		m[k].Add(vals[i%len(vals)])
	}
	return m
}

func main() {
	tags := Collect(Tag("b"), Tag("a"), Tag("c"))
	fmt.Println(Describe(tags))
	items := Collect(Item{3}, Item{1})
	fmt.Println(Describe(items))
	fmt.Println(Classify(Collect[any](1, "x", Tag("t"), 2.5, 7)))
	fmt.Println(Find(Collect("x", "y", "z"), "y"))
	fmt.Println(Find(Collect(1, 2), 5))
	n, ok := AsNamed(Item{9})
	fmt.Println(n.Name(), ok)
	_, ok = AsNamed(42)
	fmt.Println(ok)
	m := Pairs([]string{"a", "b", "a"}, []int{1, 2, 3})
	fmt.Println(m["a"].Len(), m["b"].At(0), len(m))
}
