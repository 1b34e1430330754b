package main

import "fmt"

// Generic functions' signatures and bodies are translated over their type
// parameters: Pair[int, T] in Make's signature and Pair[bool, T] in its
// body have a method returning the concrete Pair[string, int] and
// Pair[string, bool], made before main's instances.

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{fmt.Sprint(p.Val), p.Key} }

func Make[T any](x T) Pair[int, T] {
	var p Pair[bool, T]
	p.Val = x
	fmt.Println(p.Swap())
	return Pair[int, T]{1, x}
}

func Labels[T any](xs []T) []Pair[string, T] {
	out := make([]Pair[string, T], 0, len(xs))
	for i, x := range xs {
		out = append(out, Pair[string, T]{fmt.Sprint("#", i), x})
	}
	return out
}

func main() {
	fmt.Println(Make(1.5))
	fmt.Println(Make("s").Swap())
	for _, l := range Labels([]uint8{7, 9}) {
		fmt.Println(l, l.Swap())
	}
}
