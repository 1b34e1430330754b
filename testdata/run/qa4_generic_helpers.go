// Generic helpers as Go 1.18+ tutorials write them: Map/Filter/Reduce over
// slices, Keys/Values of maps (sorted for printing), a generic Stack[T]
// and Set[T comparable], a constraint with a type set (Number), and
// Max/Min over ordered types.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Ordered](a T, rest ...T) T {
	m := a
	for _, x := range rest {
		if x > m {
			m = x
		}
	}
	return m
}

func Keys[K Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Celsius float64

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(squares, func(n int) bool { return n%2 == 0 })
	words := Map(evens, func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Println(squares, evens, strings.Join(words, ""))
	fmt.Println(Reduce(nums, 0, func(a, n int) int { return a + n }), Reduce(nums, "", func(a string, n int) string { return a + fmt.Sprint(n%3) }))
	fmt.Println(Sum([]float64{0.5, 0.25}), Sum([]Celsius{20.5, 1.5}), Sum[int64](nil))
	fmt.Println(Max(3, 9, 2), Max("pear", "apple", "zoo"), Max(2.5), Max[Celsius](-1, -3))

	ages := map[string]int{"bo": 31, "al": 25, "cy": 40}
	for _, k := range Keys(ages) {
		fmt.Print(Pair[string, int]{k, ages[k]}, " ")
	}
	fmt.Println()

	var s Stack[string]
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v)
	}
	_, ok := s.Pop()
	fmt.Println(" empty pop:", ok)
	ps := &Stack[Pair[int, bool]]{}
	ps.Push(Pair[int, bool]{1, true})
	top, _ := ps.Pop()
	fmt.Printf("%v %T\n", top, top)

	set := Set[string]{}
	set.Add("x", "y", "x")
	fmt.Println(len(set), set.Has("y"), set.Has("z"))
}
