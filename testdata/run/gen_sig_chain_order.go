package main

import "fmt"

// Instantiated types reached only through other instances' method
// signatures: gc's front end translates a generic method's signature
// when it declares the generic type (Pair[string, K] there has a method
// returning the concrete Pair[string, string]), and finishes the types it
// meets last in first out, each method first finishing what waits.  The
// shaped methods are stenciled, and reported, in that order.

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{fmt.Sprint(p.Val), p.Key} }

type ID int

type T3[A, B, C any] struct {
	a A
	b B
	c C
}

func (t T3[A, B, C]) Rot() T3[B, C, string] { return T3[B, C, string]{t.b, t.c, fmt.Sprint(t.a)} }

func (t T3[A, B, C]) Id() int { return 3 }

func main() {
	p := Pair[ID, []float64]{5, []float64{1.5}}
	fmt.Println(p.Swap())
	t := T3[int, float64, bool]{1, 2.5, true}
	fmt.Println(t.Rot().Id(), t.Rot().Rot().Rot())
}
