package main

import "fmt"

// A generic type embedding an instance of another, converted to an
// interface inside a generic function: gc writes the wrappers while it
// stencils, in the order of its descriptors ((*A[int]).M1, (*A[int]).M2,
// then I[int]'s, then the embedded (*B[int]) ones), and its inliner visits
// callees first ("can inline (*B[int]).M1" before (*A[int]).M1, which
// inlines it), but escape analysis sees them in the order they were made.

var sink any

type I[T any] interface {
	M1(p *T)
	M2(q *T)
}

type B[T any] struct{ n int }

func (b *B[T]) M1(p *T) { sink = p; b.n++ }
func (b *B[T]) M2(q *T) { sink = q; b.n += 2 }

type A[T any] struct {
	*B[T]
	s string
}

func mk[T any]() I[T] {
	return &A[T]{&B[T]{}, "x"}
}

func main() {
	i := mk[int]()
	x := 1
	i.M1(&x)
	i.M2(&x)
	j := mk[string]()
	y := "y"
	j.M2(&y)
	fmt.Println(i.(*A[int]).n, j.(*A[string]).n, sink != nil)
}
