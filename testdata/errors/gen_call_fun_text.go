package main

import "fmt"

// Messages about a call of an explicitly instantiated generic function
// name the callee as written, with its type arguments.

type Num interface{ ~int | ~float64 }

func Max[T Num](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

func Apply[T any](xs []T, f func(T) T) []T { return xs }

func Count[T any](xs ...T) int { return len(xs) }

func main() {
	fmt.Println(Max[int](1, 2.5))
	fmt.Println(Max[float64](1))
	fmt.Println(Pair[string, int]("a", "b"))
	fmt.Println(Pair[string]("a", 1, 2))
	fmt.Println(Apply[int]([]int{1}, func(s string) string { return s }))
	var f func(int, int) int = Max[float64]
	_ = f
	_ = Max()
	_ = Max(1, 2, 3)
	_ = Count(1, "a")
	_ = Count[int]("a")
	_ = Count(int)
}
