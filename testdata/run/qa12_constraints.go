// Generic containers and constraints: an ordered map built on a sorted
// slice, Set[T], Map/Filter/Reduce, a Number constraint with ~, and
// generic methods that call constraint methods.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

type OrderedMap[K Ordered, V any] struct {
	keys []K
	vals []V
}

func (m *OrderedMap[K, V]) find(k K) (int, bool) {
	lo, hi := 0, len(m.keys)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if m.keys[mid] < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(m.keys) && m.keys[lo] == k
}

func (m *OrderedMap[K, V]) Put(k K, v V) {
	i, ok := m.find(k)
	if ok {
		m.vals[i] = v
		return
	}
	m.keys = append(m.keys, k)
	m.vals = append(m.vals, v)
	copy(m.keys[i+1:], m.keys[i:])
	copy(m.vals[i+1:], m.vals[i:])
	m.keys[i], m.vals[i] = k, v
}

func (m *OrderedMap[K, V]) Get(k K) (v V, ok bool) {
	if i, found := m.find(k); found {
		return m.vals[i], true
	}
	return
}

func (m *OrderedMap[K, V]) Each(f func(K, V)) {
	for i, k := range m.keys {
		f(k, m.vals[i])
	}
}

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := make(Set[T], len(s)+len(o))
	for k := range s {
		r[k] = struct{}{}
	}
	for k := range o {
		r[k] = struct{}{}
	}
	return r
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
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

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func MinMax[T Ordered](xs []T) (lo, hi T, err error) {
	if len(xs) == 0 {
		err = errors.New("empty")
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type Labeled interface {
	Number
	Stringer
}

func Describe[T Labeled](xs []T) string {
	parts := Map(xs, func(x T) string { return x.String() })
	return strings.Join(parts, ", ") + " (sum " + Sum(xs...).String() + ")"
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := len(as)
	if len(bs) < n {
		n = len(bs)
	}
	out := make([]Pair[A, B], n)
	for i := range out {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func main() {
	var om OrderedMap[string, int]
	for i, w := range strings.Fields("pear apple fig apple kiwi banana fig fig") {
		n, _ := om.Get(w)
		om.Put(w, n+i)
	}
	om.Each(func(k string, v int) { fmt.Printf("%s:%d ", k, v) })
	fmt.Println()
	a, b := SetOf(1, 2, 3), SetOf(3, 4)
	u := a.Union(b)
	fmt.Println(len(u), u.Has(4), u.Has(5))
	nums := []int{5, 3, 8, 1, 9, 2}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	strs := Map(nums, strconv.Itoa)
	fmt.Println(evens, strings.Join(strs, "+"), Reduce(nums, 0, func(a, n int) int { return a + n }))
	lo, hi, err := MinMax(strs)
	fmt.Println(lo, hi, err)
	_, _, err = MinMax([]float64{})
	fmt.Println(err)
	fmt.Println(Sum(1.5, 2.25), Sum[int64](), Describe([]Celsius{20, 21.5, -3}))
	for _, p := range Zip([]string{"a", "b", "c"}, []Celsius{1, 2}) {
		fmt.Printf("%v ", p)
	}
	fmt.Println()
	fmt.Printf("%T %T\n", om, Pair[int, Set[string]]{})
}
