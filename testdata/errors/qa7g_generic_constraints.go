package main

import "fmt"

type MyInt int

type Overlap1 interface{ int | int }
type Overlap2 interface{ ~int | MyInt }
type Overlap3 interface{ MyInt | ~string | ~int }
type Fine interface{ int | MyInt | ~string }

type Empty interface {
	int
	string
}

func G[T Empty](x T) {}

type Num interface{ ~int | ~float64 }

func Sum[T Num](xs []T) T {
	var s T
	return s
}

func Pair[K comparable, V Num](k K, v V) {}

type Box[K comparable, V Num] struct {
	k K
	v V
}

func First[S ~[]E, E any](s S) E { return s[0] }

type IDs []int

func main() {
	G(1)
	fmt.Println(Sum[bool](nil))
	Pair[string, string]("a", "b")
	Pair[[]int](nil, 1)
	var b Box[int, bool]
	var c Box[func(), int]
	fmt.Println(b, c)
	fmt.Println(First(IDs{1}), First([]string{"a"}))
	fmt.Println(First(map[int]int{}))
}
