// Generic types instantiated with other instances: Pair[Pair[..]],
// Map of lists (Multi[K,V] = map[K]*List[V]), a recursive generic type
// (Trie[V] with map[rune]*Trie[V]), a generic function calling itself
// at the same instance, instances as map keys, and a generic type with
// a field of a func type over its own parameters.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func MkPair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type List[T any] struct {
	head *elem[T]
	size int
}

type elem[T any] struct {
	v    T
	next *elem[T]
}

func (l *List[T]) Prepend(v T) { l.head = &elem[T]{v, l.head}; l.size++ }

func (l *List[T]) Slice() []T {
	out := make([]T, 0, l.size)
	for e := l.head; e != nil; e = e.next {
		out = append(out, e.v)
	}
	return out
}

type Multi[K comparable, V any] map[K]*List[V]

func (m Multi[K, V]) Add(k K, v V) {
	l, ok := m[k]
	if !ok {
		l = &List[V]{}
		m[k] = l
	}
	l.Prepend(v)
}

type Trie[V any] struct {
	children map[rune]*Trie[V]
	value    *V
}

func (t *Trie[V]) Put(key string, v V) {
	n := t
	for _, r := range key {
		if n.children == nil {
			n.children = map[rune]*Trie[V]{}
		}
		c, ok := n.children[r]
		if !ok {
			c = &Trie[V]{}
			n.children[r] = c
		}
		n = c
	}
	n.value = &v
}

func (t *Trie[V]) Walk(prefix string, f func(string, V)) {
	if t.value != nil {
		f(prefix, *t.value)
	}
	keys := make([]rune, 0, len(t.children))
	for r := range t.children {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		t.children[r].Walk(prefix+string(r), f)
	}
}

func Flatten[T any](xss [][]T) []T {
	if len(xss) == 0 {
		return nil
	}
	return append(append([]T(nil), xss[0]...), Flatten(xss[1:])...)
}

type Transformer[In, Out any] struct {
	name string
	fn   func(In) Out
}

func Chain[A, B, C any](x Transformer[A, B], y Transformer[B, C]) Transformer[A, C] {
	return Transformer[A, C]{x.name + "|" + y.name, func(a A) C { return y.fn(x.fn(a)) }}
}

func main() {
	pp := MkPair(MkPair(1, "one"), MkPair(2.5, true))
	fmt.Printf("%v\n%+v\n%T\n", pp, pp, pp)
	sw := pp.Swap()
	fmt.Printf("%v %T\n", sw.First.Second, sw)
	fmt.Println(pp.First.Swap().Swap() == pp.First)

	m := Multi[string, Pair[int, int]]{}
	m.Add("x", MkPair(1, 2))
	m.Add("y", MkPair(3, 4))
	m.Add("x", MkPair(5, 6))
	fmt.Println(m["x"].Slice(), m["y"].size, len(m))
	fmt.Printf("%T\n", m)

	counts := map[Pair[string, int]]int{}
	for _, w := range strings.Fields("a bb a ccc bb a") {
		counts[MkPair(w, len(w))]++
	}
	fmt.Println(counts[MkPair("a", 1)], counts[MkPair("bb", 2)], counts[MkPair("bb", 3)], len(counts))

	var t Trie[[]int]
	t.Put("go", []int{1})
	t.Put("gopher", []int{2, 3})
	t.Put("gc", nil)
	t.Put("c", []int{4})
	t.Put("go", []int{5})
	t.Walk("", func(k string, v []int) { fmt.Print(k, "=", v, " ") })
	fmt.Println()

	fmt.Println(Flatten([][]string{{"a"}, {}, {"b", "c"}, {"d"}}))
	fmt.Println(Flatten([][]Pair[int, bool]{{{1, true}}, {{2, false}}}), Flatten[int](nil) == nil)

	parse := Transformer[string, int]{"len", func(s string) int { return len(s) }}
	half := Transformer[int, float64]{"half", func(i int) float64 { return float64(i) / 2 }}
	show := Transformer[float64, Pair[string, bool]]{"show", func(f float64) Pair[string, bool] {
		return MkPair(fmt.Sprint(f), f > 1)
	}}
	all := Chain(Chain(parse, half), show)
	fmt.Println(all.name, all.fn("abc"), all.fn("a"))
	fmt.Printf("%T\n", all)

	ll := &List[*List[int]]{}
	for i := 0; i < 3; i++ {
		inner := &List[int]{}
		for j := 0; j <= i; j++ {
			inner.Prepend(j)
		}
		ll.Prepend(inner)
	}
	for _, in := range ll.Slice() {
		fmt.Print(in.Slice(), " ")
	}
	fmt.Println()
}
