package main

import (
	"fmt"
	"sort"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Unsigned | Float
}

type Ordered interface {
	Integer | Unsigned | Float | ~string
}

type MyInt int
type Score float32
type Name string

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Ordered](a T, rest ...T) T {
	m := a
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, e := range s {
		if keep(e) {
			out = append(out, e)
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

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func SortSlice[T Ordered](s []T) {
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func Zip[K comparable, V any](ks []K, vs []V) []Pair[K, V] {
	n := len(ks)
	if len(vs) < n {
		n = len(vs)
	}
	out := make([]Pair[K, V], n)
	for i := 0; i < n; i++ {
		out[i] = Pair[K, V]{ks[i], vs[i]}
	}
	return out
}

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}
func (s Set[T]) Add(x T)           { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool      { _, ok := s[x]; return ok }
func (s Set[T]) Len() int          { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

type Stringish interface {
	~string
	Len() int
}

func (n Name) Len() int { return len(n) }

func Longest[S Stringish](xs []S) S {
	var best S
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Convert[From, To Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[MyInt](4, 5), Sum[Score](0.5, 0.25), Sum[uint8](200, 100))
	fmt.Println(Max(3, 9, 2), Max("pear", "apple", "zoo"), Max[Name]("b", "a"), Max(2.5))
	fmt.Printf("%T %v\n", Sum[MyInt](1), Max[Score](1, 3))
	strs := Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) })
	fmt.Println(strs, len(strs))
	evens := Filter([]MyInt{1, 2, 3, 4, 5, 6}, func(x MyInt) bool { return x%2 == 0 })
	fmt.Printf("%v %T\n", evens, evens)
	total := Reduce([]string{"a", "bb", "ccc"}, 0, func(acc int, s string) int { return acc + len(s) })
	fmt.Println(total)
	joined := Reduce([]int{1, 2, 3}, "", func(acc string, i int) string { return acc + fmt.Sprint(i) })
	fmt.Println(joined)
	m := map[Name]int{"x": 1, "a": 2, "q": 3}
	ks := Keys(m)
	SortSlice(ks)
	fmt.Println(ks)
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]float64{1.5}, 2), Index([]Pair[int, string]{{1, "a"}}, Pair[int, string]{1, "a"}))
	zs := Zip([]string{"one", "two", "three"}, []int{1, 2})
	fmt.Println(zs, zs[0])
	fmt.Printf("%v %+v %T\n", zs[1], zs[1], zs[1])
	s1 := NewSet(1, 2, 3)
	s2 := NewSet(3, 4)
	u := s1.Union(s2)
	fmt.Println(u.Len(), u.Has(4), u.Has(5), len(NewSet[string]()))
	fmt.Println(Longest([]Name{"ab", "abcd", "abc"}))
	fmt.Println(Abs(-3), Abs(2.5), Abs[int8](-128), Abs(MyInt(-7)))
	fmt.Println(Convert[int, float64]([]int{1, 2}), Convert[float64, uint8]([]float64{1.9, 255.5}), Convert[MyInt, Score]([]MyInt{3}))
}
