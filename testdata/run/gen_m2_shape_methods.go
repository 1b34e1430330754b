package main

import (
	"fmt"
	"strings"
)

// A variable of a generic type instantiated with shapes
// (Labeled[go.shape.int_0] in Labeled[Level]'s shaped methods) is written
// to the debug information with its shaped type, whose descriptor has no
// methods: gc writes no wrappers for it; Labeled[main.Level]'s own are
// written with that type's descriptor, after the types its fields need
// (Level's (*Level).String).

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Labeled[T fmt.Stringer] struct {
	Items []T
}

func (l Labeled[T]) Join(sep string) string {
	parts := make([]string, 0, len(l.Items))
	for _, it := range l.Items {
		parts = append(parts, it.String())
	}
	return strings.Join(parts, sep)
}

func (l *Labeled[T]) Push(x T) { l.Items = append(l.Items, x) }

func twice[T fmt.Stringer](l Labeled[T]) Labeled[T] {
	m := l
	m.Items = append(m.Items, l.Items...)
	return m
}

func main() {
	l := Labeled[Level]{[]Level{2, 0, 1}}
	l.Push(1)
	fmt.Println(l.Join(" < "))
	fmt.Println(twice(l).Join(","))
	fmt.Printf("%v %T\n", l, l)
}
