// Method values and method expressions of generic types, and closures in
// generic functions that capture values of type-parameter type.
package main

import (
	"fmt"
	"strings"
)

type Acc[T any] struct {
	items []T
	name  string
}

func (a *Acc[T]) Add(v T)     { a.items = append(a.items, v) }
func (a *Acc[T]) Len() int    { return len(a.items) }
func (a Acc[T]) Name() string { return a.name }

func Collect[T any](src []T, sink func(T)) {
	for _, v := range src {
		sink(v)
	}
}

func Counter[T comparable]() (func(T), func() map[T]int) {
	m := make(map[T]int)
	return func(v T) { m[v]++ }, func() map[T]int { return m }
}

func Repeat[T any](v T, n int) func() []T {
	return func() []T {
		out := make([]T, n)
		for i := range out {
			out[i] = v
		}
		return out
	}
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func main() {
	ints := &Acc[int]{name: "ints"}
	add := ints.Add // method value of a generic type
	Collect([]int{4, 5, 6}, add)
	fmt.Println(ints.items, ints.Len())

	strs := &Acc[string]{name: "strs"}
	Collect(strings.Fields("a b c"), strs.Add)
	addExpr := (*Acc[string]).Add
	addExpr(strs, "d")
	nameOf := Acc[string].Name
	fmt.Println(strs.items, nameOf(*strs))
	name := strs.Name
	strs.name = "renamed"
	fmt.Println(name(), strs.Name())

	inc, get := Counter[string]()
	for _, w := range strings.Fields("x y x z x y") {
		inc(w)
	}
	fmt.Println(get())
	fmt.Println(Repeat("ab", 3)(), Repeat(1.5, 2)())
	lenThenDouble := Compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 2 })
	fmt.Println(lenThenDouble("hello"))
	up := Compose(strings.TrimSpace, strings.ToUpper)
	fmt.Println(up("  go  "))
}
