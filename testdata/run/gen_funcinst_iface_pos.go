package main

import "fmt"

func Sum[T int | float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func apply(f func(...int) int, xs ...interface{}) int { return f(1, 2) + len(xs) }

func G[T any](v T) {
	fmt.Printf("%T %v\n", Sum[int], v)
	fmt.Printf("%v %T\n", v, Sum[float64])
	var x interface{} = Sum[int]
	_ = x
}

func G2[T int | float64](v T) T {
	f := Sum[T]
	g := Sum[int]
	fmt.Printf("%T %T %T\n", Sum[T], Sum[int], g)
	var h interface{} = Sum[T]
	_ = h
	return f(v, v) + T(g(1)) + T(Sum[int](1))
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func main() {
	fmt.Println(apply(Sum[int], Sum[int], 3))
	var f func(...int) int = Sum[int]
	fmt.Printf("%v %T\n", f(1), Sum[float64])
	G(3)
	G("s")
	fmt.Println(G2(2), G2(1.5))
	b := Box[int]{4}
	fmt.Printf("%T %T\n", b.Get, Box[string].Get)
}
