package main

import "fmt"

// A concrete instance reached only through an instance over type
// parameters: G[A, B, C].Shift returns G[string, A, int], whose Shift
// returns the concrete G[string, string, int].  gc compiles its methods
// although no code names it; its Shift was made while Shift's own
// signature was being checked.

type G[A, B, C any] struct {
	a A
	b B
	c C
}

func (x G[A, B, C]) Shift() G[string, A, int] {
	return G[string, A, int]{fmt.Sprint(x.c), x.a, 7}
}

func (x *G[A, B, C]) Size() int { return 3 }

type H[T any] struct{ v T }

func (h H[T]) Up() []H[ID] { return []H[ID]{{ID(len(fmt.Sprint(h.v)))}} }

type ID int

func main() {
	var v G[bool, ID, float64]
	fmt.Println(v.Shift(), v.Size())
	var h H[float32]
	fmt.Println(h.Up())
}
