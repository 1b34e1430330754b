package main

import (
	"fmt"
	"strings"
)

// Generic functions and methods of generic types used as values in
// package variable initializers: gc's stenciler wraps each in a closure
// named glob..funcN, numbered after the package's function literals.

type Number interface{ ~int | ~int64 | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Join[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, 0, len(xs))
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, sep)
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int  { return len(s.items) }
func (s Stack[T]) Top() T     { return s.items[len(s.items)-1] }

var (
	sumInts   = Sum[int]
	sumFloats = Sum[float64]
	joinTemps = Join[Celsius]
	double    = func(x int) int { return 2 * x }
	push      = (*Stack[string]).Push
	top       = Stack[string].Top
	size      = (*Stack[string]).Len
)

var ops = map[string]func(...int) int{
	"sum": Sum[int],
	"max": func(xs ...int) int {
		m := xs[0]
		for _, x := range xs {
			if x > m {
				m = x
			}
		}
		return m
	},
}

func main() {
	fmt.Println(sumInts(1, 2, 3), sumFloats(1.5, 2.5), double(21))
	fmt.Println(joinTemps([]Celsius{21.5, -3}, ", "))
	var st Stack[string]
	push(&st, "a")
	push(&st, "b")
	fmt.Println(top(st), size(&st))
	fmt.Println(ops["sum"](4, 5, 6), ops["max"](4, 9, 6))
	local := Sum[int64]
	fmt.Println(local(7, 8))
}
