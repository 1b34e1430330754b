// Instances of generic functions and methods of generic types used as
// values (gc's stenciler wraps each in a closure that calls the shaped
// function): F[T] passed or stored, x.M bound methods (receiver copied at
// evaluation), T.M and (*T).M method expressions, called directly or
// later, inside closures and inside other instances, with several results
// and variadic parameters.
package main

import (
	"fmt"
	"strings"
)

type Box[T any] struct{ v T }

func (b Box[T]) Get() T   { return b.v }
func (b *Box[T]) Set(v T) { b.v = v }

type Outer[T any] struct {
	Box[T]
	name string
}

func Id[T any](x T) T { return x }

func Split[T any](x T, n int) (T, int) { return x, n * 2 }

func Join[T fmt.Stringer](sep string, xs ...T) string {
	parts := make([]string, 0, len(xs))
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, sep)
}

type name string

func (n name) String() string { return "<" + string(n) + ">" }

func apply(f func(int) int, x int) int { return f(x) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Each[T any](xs []T, f func(T) T) []T {
	out := make([]T, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Twice uses an instance and a method value as values inside an instance.
func Twice[T any](xs []T) []T {
	b := Box[T]{}
	ys := Each(xs, Id[T])
	get := b.Get
	_ = get()
	return ys
}

func main() {
	f := Id[int]
	fmt.Println(f(3), apply(Id[int], 4))

	b := Box[int]{1}
	g := b.Get // receiver copied now
	b.v = 2
	s := (&b).Set
	s(5)
	fmt.Println(g(), b.v)

	h := Box[int].Get
	fmt.Println(h(b), (*Box[int]).Get(&b), Box[int].Get(b))

	o := &Outer[string]{Box[string]{"in"}, "out"}
	og := (*Outer[string]).Get
	o.Set("set")
	fmt.Println(og(o), o.name)

	k := Split[string]
	x, n := k("a", 21)
	fmt.Println(x, n)

	j := Join[name]
	fmt.Println(j(", ", "a", "b"), j("-"))

	func() {
		q := Id[string]
		fmt.Println(q("inner"))
	}()

	fmt.Println(Twice([]float64{1.5, 2.5}), Twice([]string{"x"}))
	fmt.Println(Map([]int{1, 2, 3}, Id[int]))
}
