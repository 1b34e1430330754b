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

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Celsius float32

func Keys[K comparable, V any](m map[K]V) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	fmt.Println(Sum([]string{"a"}))
	fmt.Println(Sum([]Celsius{1.5}))
	fmt.Println(Max(1, 2.5), Max[int](1, 2.5))
	fmt.Println(Keys[[]int, bool](nil))
	var f func(int) int = Sum[int]
	fmt.Println(f)
}
