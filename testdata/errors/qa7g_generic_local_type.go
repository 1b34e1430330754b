// gc 1.19 compiles no type declaration inside a generic function or method
// (used, unused, or in a function literal there).
package main

import "fmt"

func Wrap[T any](v T) any {
	type box struct{ v T }
	type plain int
	return box{v}
}

type S[T any] struct{}

func (S[T]) M() {
	type local []T
	fmt.Println(local{})
}

func Unused[T any]() {
	f := func() {
		type (
			never  struct{}
			never2 int
		)
	}
	_ = f
}

func NotGeneric() {
	type fine int
	_ = fine(1)
}

func main() {
	fmt.Println(Wrap(1))
	S[int]{}.M()
}
