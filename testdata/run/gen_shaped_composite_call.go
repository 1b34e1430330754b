// A generic function called from inside another generic function with a
// type argument built from the caller's type parameter ([]T, *T, map[K]T):
// gc calls the function shaped from the caller's shapes and also makes
// the plain instance's shaped function for the dictionary.
package main

import "fmt"

type Named struct{ a int }

type Celsius float64

type Node struct {
	val  int
	next *Node
}

func Inner[T any](x T) *T { p := new(T); *p = x; return p }

func Outer[T any](x T) *[]T { return Inner([]T{x}) }

func Sum[S ~[]E, E int | float64 | Celsius](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t
}

func Average[E int | float64 | Celsius](xs ...E) E {
	if len(xs) == 0 {
		return 0
	}
	return Sum(xs) / E(len(xs))
}

func Keys[K comparable, V any](m map[K]V) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	return r
}

func CountKeys[K comparable, V any](m map[K]V) int {
	idx := map[K]*V{}
	for k, v := range m {
		v := v
		idx[k] = &v
	}
	return len(Keys(idx))
}

func Pointers[T any](xs []T) []*T {
	r := make([]*T, len(xs))
	for i := range xs {
		r[i] = &xs[i]
	}
	return r
}

func Deref[T any](ps []*T) []T {
	r := make([]T, 0, len(ps))
	for _, p := range ps {
		r = append(r, *p)
	}
	return r
}

func RoundTrip[T any](xs []T) []T { return Deref(Pointers(xs)) }

func Big[T any](x T) *T {
	p := new(T)
	for i := 0; i < 3; i++ {
		for j := 0; j < 2; j++ {
			*p = x
			if i == 2 && j == 1 {
				fmt.Println("big", i, j)
			}
		}
	}
	return p
}

func Outer2[T any](x T) *[]T { return Big([]T{x}) }

func main() {
	fmt.Println(len(*Outer(Named{1})), (*Outer(3))[0])
	fmt.Println(Average(Celsius(10), Celsius(20)), Average(1, 2, 3), Average[float64]())
	fmt.Println(CountKeys(map[string]Named{"a": {1}, "b": {2}}), CountKeys(map[int]int{1: 1}))
	fmt.Println(RoundTrip([]Named{{1}, {2}}), RoundTrip([]*Node{{val: 3}})[0].val)
	fmt.Println((*Outer2(Named{4}))[0].a)
	fmt.Println(*Inner([]Named{{5}}))
}
