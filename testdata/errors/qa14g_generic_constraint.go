package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stringer interface{ String() string }

func Join[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

type MyInt int

func Max[T comparable](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Sum([]string{"a"}))
	fmt.Println(Sum([]MyInt{1, 2}))
	fmt.Println(Join([]MyInt{1}))
	fmt.Println(Sum[int, int]([]int{1}))
	var n Number
	_ = n
}
