package main

import "fmt"

func Map[T any](xs []T, f func(T) T) []T { return xs }

func Pair[K comparable, V any](f func(K) V, k K) {}

func Keys[K comparable, V any](m map[K]V) {}

func Sum[T int | float64](xs ...T) T {
	var s T
	return s
}

type Number interface {
	int | float64
}

func Add[T Number](a, b T) T { return a + b }

func main() {
	fmt.Println(Map([]int{1}, func(s string) string { return s }))
	Pair(func(s string) int { return 0 }, 3.5)
	Keys([]int{1})
	fmt.Println(Sum("a", "b"))
	var i int
	var f float64
	fmt.Println(Add(i, f))
}
