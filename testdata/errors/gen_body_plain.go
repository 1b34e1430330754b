// Errors that do not depend on the type parameters are reported in
// generic functions and methods never instantiated too.
package main

type Box[T any] struct{ v T }

func (b Box[T]) Get() T {
	w := b.v
	return b.x
}

func Unused[T any](x T) {
	y := 1
	z = 2
}

func Make[T any]() T { return make(T, 1) }

func main() {}
