// Indexing, slicing, len/cap, range and make on a type parameter's value
// need every type of its set to allow them (slicing, range and make: a
// core type).
package main

import "fmt"

func Idx[T ~[]int | ~map[int]int](x T) int     { return x[0] }
func Slc[T ~[]int | ~string](x T) T            { return x[1:] }
func Len[T any](x T) int                       { return len(x) }
func Cap[T ~[]int | ~map[int]int](x T) int     { return cap(x) }
func Mk[T ~[]int | ~map[int]int]() T           { return make(T) }
func OkIdx[T ~[]byte | ~string](x T) byte      { return x[0] }
func OkSlc[T ~[]byte | ~string](x T) T         { return x[1:] }
func OkLen[T ~[]int | ~map[int]int | ~string](x T) int { return len(x) }
func OkMk[S ~[]E, E any](n int) S              { return make(S, n) }

func Rng[T ~[]int | ~[]string](x T) {
	for _, v := range x {
		_ = v
	}
}

func OkRng[M ~map[K]V, K comparable, V any](m M) (n int) {
	for range m {
		n++
	}
	return
}

func main() {
	Rng([]int{1})
	fmt.Println(Idx([]int{1}), Slc("ab"), Len("abc"), Cap([]int{1}), Mk[[]int](), OkIdx("a"), OkSlc("ab"), OkLen("x"), OkMk[[]int](1), OkRng(map[int]int{1: 1}))
}
