package main

import "fmt"

// The same chains with the declarations in another order: main first,
// the methods before their type, a package variable of an instance the
// chain reaches; and a cycle of rotations that closes on itself.

func main() {
	p := Pair[ID, []float64]{5, []float64{1.5}}
	fmt.Println(p.Swap(), p.Len(), q)
	r := Ring[int, float64, bool]{1, 2.5, true}
	r.Set(4)
	fmt.Println(r.Rot().Rot(), r.Rot().Rot().Rot())
}

type ID int

var q Pair[string, ID]

func (p Pair[K, V]) Len() int { return 2 }

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{fmt.Sprint(p.Val), p.Key} }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Ring[A, B, C any] struct {
	a A
	b B
	c C
}

func (t Ring[A, B, C]) Rot() Ring[B, C, A] { return Ring[B, C, A]{t.b, t.c, t.a} }

func (t *Ring[A, B, C]) Set(a A) { t.a = a }
