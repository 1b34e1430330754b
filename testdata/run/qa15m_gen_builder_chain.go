package main

import (
	"fmt"
	"strings"
)

type List[T any] struct {
	items []T
	frees int
}

func NewList[T any](capHint int) *List[T] { return &List[T]{items: make([]T, 0, capHint)} }

func (l *List[T]) Push(vs ...T) *List[T] {
	l.items = append(l.items, vs...)
	return l
}

func (l *List[T]) Filter(keep func(T) bool) *List[T] {
	n := 0
	var zero T
	for _, v := range l.items {
		if keep(v) {
			l.items[n] = v
			n++
		}
	}
	for i := n; i < len(l.items); i++ {
		l.items[i] = zero
		l.frees++
	}
	l.items = l.items[:n]
	return l
}

func (l *List[T]) Each(f func(int, T)) *List[T] {
	for i, v := range l.items {
		f(i, v)
	}
	return l
}

func (l *List[T]) Len() int { return len(l.items) }

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := NewList[U](l.Len())
	for _, v := range l.items {
		out.Push(f(v))
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Pairs[K comparable, V any](m map[K]V, order []K) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(order))
	for _, k := range order {
		if v, ok := m[k]; ok {
			ps = append(ps, Pair[K, V]{k, v})
		}
	}
	return ps
}

type item struct {
	name string
	tags []string
}

func main() {
	n := NewList[int](2).Push(5, 1, 8).Push(3).Filter(func(x int) bool { return x > 2 }).Len()
	fmt.Println(n)
	var out []string
	NewList[*item](0).
		Push(&item{"a", []string{"x"}}, nil, &item{"b", nil}).
		Filter(func(it *item) bool { return it != nil }).
		Each(func(i int, it *item) { out = append(out, fmt.Sprint(i, it.name, len(it.tags))) })
	fmt.Println(out)
	words := NewList[string](4).Push(strings.Fields("to be or not to be")...)
	lens := MapList(words, func(s string) int { return len(s) })
	upper := MapList(words.Filter(func(s string) bool { return s != "to" }), strings.ToUpper)
	fmt.Println(lens.items, upper.items, words.frees, cap(words.items))
	fmt.Println(MapList(NewList[float64](1).Push(1.5, 2.5), func(f float64) Pair[string, float64] { return Pair[string, float64]{fmt.Sprint(f), f * 2} }).items)
	ps := Pairs(map[string]int{"a": 1, "c": 3}, []string{"c", "b", "a"})
	fmt.Println(ps, len(Pairs[int, []byte](nil, []int{1})))
	fmt.Println(NewList[Pair[int, *item]](1).Push(Pair[int, *item]{1, nil}).Len(), NewList[[2]int](0).Push([2]int{1, 2}).items[0][1])
}
