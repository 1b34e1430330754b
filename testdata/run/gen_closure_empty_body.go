package main

import "fmt"

var g int

// An empty closure body in an instance: gc's stenciler copies the
// dictionary first, then the body's one empty block (-m=2 prints
// `.dict = .dict;  `).
func A[T any](x T) func() {
	return func() { _ = 1 }
}

func B[T any](x T) func() {
	return func() {}
}

func C[T any](x T) func(func(T) bool) {
	it := func(fn func(T) bool) {
		// only a comment
	}
	return it
}

func D[T any](x T) func() {
	return func() { var y T; _ = y; g++ }
}

func main() {
	A(1)()
	B("s")()
	C(2.5)(nil)
	D(1)()
	fmt.Println(g)
}
