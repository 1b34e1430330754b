// Instances of one GC shape share gc's single shaped function: its -m
// lines come where the call graph first reaches any of them (here through
// Describe[Label] before main's own Sorted[string] call), and a second
// instance of the shape adds nothing. A devirtualized call of a generic
// type's method calls the instantiated type's method (no dictionary), and
// a generic call converted to an interface in a declaration converts at
// the callee's name.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Label string

func Sorted[T ~string | ~int](xs []T) []T {
	out := make([]T, 0, len(xs))
	out = append(out, xs...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func Describe[T ~string | ~int](name string, xs []T) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:", name)
	for _, x := range Sorted(xs) {
		fmt.Fprint(&b, " ", x)
	}
	return b.String()
}

func small(x int) int { return x * 2 }

func Twice[T any](x T) string {
	n := small(2)
	return fmt.Sprint(x, n)
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func main() {
	fmt.Println(Describe("labels", []Label{"b", "a"}))
	fmt.Println(Describe("ints", []int{3, 1, 2}))
	fmt.Println(len(Sorted([]string{"x", "y"})))
	fmt.Println(Twice("a"), Twice(Label("b")))

	var s fmt.Stringer = MakePair(1.5, true)
	fmt.Println(s.String())
	var t fmt.Stringer = MakePair[string, int]("k", 2)
	fmt.Println(t)
}
