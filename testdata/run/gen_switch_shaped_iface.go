package main

import "fmt"

// A value switch in an instance whose tag or case values have a
// (non-empty) interface type that mentions a type parameter: gc's
// stenciler converts each to interface{} first.

type Mer[T any] interface{ M(T) }
type MNer[T any] interface {
	Mer[T]
	N()
}

type X int

func (X) M(X) {}
func (X) N()  {}

type Y string

func (Y) M(Y) {}
func (Y) N()  {}

func same[T MNer[T]](t, u T) string {
	switch Mer[T](t) {
	case MNer[T](u):
		return "same"
	case nil:
		return "nil"
	default:
		return "different"
	}
}

func pick[T MNer[T]](xs []T, v Mer[T]) int {
	for i, x := range xs {
		switch v {
		case Mer[T](x):
			return i
		}
	}
	return -1
}

func kind[T comparable](v T, a, b T) string {
	switch any(v) {
	case any(a):
		return "a"
	case any(b):
		return "b"
	}
	return "?"
}

func main() {
	fmt.Println(same[X](1, 1), same[X](1, 2), same[Y]("p", "p"))
	fmt.Println(pick([]X{3, 4, 5}, Mer[X](X(5))), pick([]Y{"a"}, Mer[Y](Y("b"))))
	fmt.Println(kind(1, 2, 1), kind("x", "x", "y"))
}
