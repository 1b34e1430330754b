// errorcheck -0 -m

// More of the dictionary under -m=2 (tests/differential.sh): gc's closure
// for an instance used as a value inside another instance captures the
// sub-dictionary its function read into .dictN (`capturing by value:
// .dict3`, and the call passes .dict3); .dictN and .rcvrN are numbered as
// gc scans each function, its closures first; an inlined call of a shaped
// function declares a copy of its .dict (later temporaries count it); the
// equality function of a struct with a string field calls
// runtime.memequal (too costly to inline, and its parameters leak); a
// wrapper's several results go through temporaries in its return; the
// package's initialization is analysed after the dictionaries' wrappers.
package main

import (
	"errors"
	"fmt"
)

var ErrMissing = errors.New("missing") // ERROR "^inlining call to errors\.New$" "^\&errors\.errorString\{\.\.\.\} escapes to heap$"

func Less[T int | string](a, b T) bool { return a < b } // ERROR "^can inline Less\[go\.shape\.(int|string)_0\]$"

func SortBy[T any](xs []T, less func(a, b T) bool) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && less(xs[j], xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j] // ERROR "^SortBy\[go\.shape\.(int|string)_0\] ignoring self-assignment in xs\[j\], xs\[j - 1\] = xs\[j - 1\], xs\[j\]$"
		}
	}
}

func Sorted[T int | string](xs []T) []T {
	SortBy(xs, Less[T]) // ERROR "^can inline Sorted\[go\.shape\.(int|string)_0\]\.func1$" "^inlining call to Less\[go\.shape\.(int|string)_0\]$"
	return xs
}

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v } // ERROR "^can inline \(\*Box\[go\.shape\.int_0\]\)\.Get$"

func Getter[T any](b *Box[T]) func() T { // ERROR "^can inline Getter\[go\.shape\.int_0\]$"
	return b.Get // ERROR "^can inline Getter\[go\.shape\.int_0\]\.func1$" "^inlining call to \(\*Box\[go\.shape\.int_0\]\)\.Get$"
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

type Iter[K comparable, V any] interface{ Next() (K, V, bool) }

type pairIter[K comparable, V any] struct {
	ps []Pair[K, V]
	i  int
}

func (it *pairIter[K, V]) Next() (K, V, bool) { // ERROR "^can inline \(\*pairIter\[go\.shape\.string_0,go\.shape\.int_1\]\)\.Next$"
	if it.i >= len(it.ps) {
		var k K
		var v V
		return k, v, false
	}
	it.i++
	return it.ps[it.i-1].k, it.ps[it.i-1].v, true
}

func Count[K comparable, V any](it Iter[K, V]) int {
	n := 0
	for _, _, ok := it.Next(); ok; _, _, ok = it.Next() {
		n++
	}
	return n
}

type city struct {
	name string
	pop  int
}

type Named interface{ Name() string }

func (c city) Name() string { return c.name } // ERROR "^can inline city\.Name$" "^leaking param: c to result \~r0 level=0$"

func Same[T comparable](a, b T) bool { return a == b } // ERROR "^can inline Same\[go\.shape\.struct { .*name string; .*pop int }_0\]$"

func AsNamed[T Named](x T) Named { return x } // ERROR "^can inline AsNamed\[go\.shape\.struct { .*name string; .*pop int }_0\]$" "^unsafe\.Pointer\(x\) escapes to heap$"

func main() {
	f := func() []string { return Sorted([]string{"b", "a"}) } // ERROR "^can inline main\.func1$" "^func literal does not escape$" "^\[\]string\{\.\.\.\} escapes to heap$"
	fmt.Println(Sorted([]int{2, 1}), f())                      // ERROR "^inlining call to main\.func1$" "^inlining call to fmt\.Println$" "^\.\.\. argument does not escape$" "^Sorted\[go\.shape\.int_0\]\(\&\.dict\.Sorted\[int\], \[\]int\{\.\.\.\}\) escapes to heap$" "^\[\]int\{\.\.\.\} escapes to heap$" "^\~R0 escapes to heap$" "^\[\]string\{\.\.\.\} escapes to heap$"
	b := &Box[int]{3}                                          // ERROR "^\&Box\[int\]\{\.\.\.\} escapes to heap$"
	g := Getter(b)
	println(g())
	it := &pairIter[string, int]{ps: []Pair[string, int]{{"a", 1}}} // ERROR "^\&pairIter\[string,int\]\{\.\.\.\} escapes to heap$" "^\[\]Pair\[string,int\]\{\.\.\.\} escapes to heap$"
	println(Count[string, int](it))
	c := city{"x", 1}
	println(Same(c, c), AsNamed(c).Name())
	println(ErrMissing != nil)
}
