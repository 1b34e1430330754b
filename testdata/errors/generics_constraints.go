package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

type S interface{ String() string }

func P[T S](x T) {}

func K[T comparable](x T) {}

func main() {
	fmt.Println(Sum([]string{"a"}))
	_ = Map[int, string]([]int{1}, nil) // (cannot infer U names the absolute path of the file: not golden-testable)
	P(3)
	K([]int{})
	f := Map
	_ = f
}
