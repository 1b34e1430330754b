// Go 1.19's comparable constraint wants strictly comparable type
// arguments: no interface types, nor structs or arrays holding them; an
// explicit type argument's error is reported at the argument.
package main

type S struct{ e any }
type T struct{ a [2]error }
type U struct{ n int; p *int }

func Eq[K comparable](a, b K) bool { return a == b }

type Set[K comparable] map[K]bool

func main() {
	_ = Eq[any](1, 2)
	_ = Eq(S{}, S{})
	_ = Eq(T{}, T{})
	_ = Eq(U{}, U{})
	_ = Set[error]{}
	_ = Set[[2]int]{}
}
