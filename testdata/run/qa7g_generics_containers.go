package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Ordered interface {
	Number | ~string
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
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

func Max[T Ordered](a T, rest ...T) T {
	m := a
	for _, x := range rest {
		if x > m {
			m = x
		}
	}
	return m
}

type Stack[T any] struct {
	items []T
}

var ErrEmpty = errors.New("empty stack")

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[K Ordered, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Key < ps[j].Key })
	return ps
}

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Len() int     { return len(s) }

type Celsius float64
type Score int

func main() {
	ints := []int{5, 2, 9, 1}
	fmt.Println(Sum(ints), Sum([]float64{1.5, 2.25}), Sum([]Celsius{10, 20.5}), Sum([]Score{}))
	sq := Map(ints, func(x int) int { return x * x })
	strs := Map(ints, func(x int) string { return strings.Repeat("*", x) })
	fmt.Println(sq, strs)
	evens := Filter(sq, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, len(Filter([]string{}, func(string) bool { return true })))
	joined := Reduce(strs, "", func(acc string, s string) string { return acc + "|" + s })
	fmt.Println(joined, Reduce(ints, 1, func(a, b int) int { return a * b }))
	fmt.Println(Max(3, 7, 2), Max("pear", "apple", "zoo"), Max(Score(4)), Max[float64](1, 2.5))
	var st Stack[string]
	st.Push("a")
	st.Push("b")
	for i := 0; i < 3; i++ {
		v, err := st.Pop()
		fmt.Printf("%q %v %d\n", v, err, st.Len())
	}
	ps := Stack[Pair[string, int]]{}
	ps.Push(Pair[string, int]{"x", 1})
	top, _ := ps.Pop()
	fmt.Println(top, top.Key)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(SortedPairs(m))
	fmt.Printf("%v %+v %T\n", SortedPairs(map[Score]bool{3: true, 1: false}), Pair[int, []int]{1, nil}, Pair[string, Score]{})
	s := NewSet("go", "c", "go")
	fmt.Println(s.Len(), s.Has("go"), s.Has("rust"), len(NewSet[int]()))
	fmt.Printf("%T %T\n", s, st)
}
