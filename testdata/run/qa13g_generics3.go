package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Setter[T any] interface {
	*T
	Set(string) error
}

type IntBox struct{ v int }

func (b *IntBox) Set(s string) error {
	n, err := strconv.Atoi(s)
	b.v = n
	return err
}

type NameBox struct{ s string }

func (b *NameBox) Set(s string) error { b.s = strings.ToUpper(s); return nil }

func ParseAll[T any, PT Setter[T]](ss []string) ([]T, error) {
	out := make([]T, len(ss))
	for i, s := range ss {
		if err := PT(&out[i]).Set(s); err != nil {
			return out[:i], fmt.Errorf("item %d: %w", i, err)
		}
	}
	return out, nil
}

type Celsius int

func (c Celsius) String() string { return strconv.Itoa(int(c)) + "C" }

type StringInt interface {
	~int | ~int64
	String() string
}

func Describe[T StringInt](xs []T) string {
	var total T
	parts := make([]string, len(xs))
	for i, x := range xs {
		total += x
		parts[i] = x.String()
	}
	return strings.Join(parts, "+") + "=" + total.String()
}

type List[T any] struct{ items []T }

func (l *List[T]) Add(x T) *List[T] { l.items = append(l.items, x); return l }
func (l *List[T]) Len() int         { return len(l.items) }

type IntList = List[int]

type Registry struct {
	List[string]
	name string
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func Swap[A, B any](p Pair[A, B]) Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func TypeName[T any](v T) string {
	switch any(v).(type) {
	case int:
		return "int"
	case string:
		return "string"
	case fmt.Stringer:
		return "stringer"
	case []T:
		return "slice of T"
	}
	return fmt.Sprintf("%T", v)
}

func Zero[T any]() T { return *new(T) }

func Count[T any](n int, acc []T) []T {
	if n == 0 {
		return acc
	}
	return Count(n-1, append(acc, Zero[T]()))
}

func Merge[T any](cs ...<-chan T) []T {
	var out []T
	for _, c := range cs {
		for v := range c {
			out = append(out, v)
		}
	}
	return out
}

func Feed[T any](xs ...T) <-chan T {
	c := make(chan T, len(xs))
	for _, x := range xs {
		c <- x
	}
	close(c)
	return c
}

func SumAll[S ~[]E, E ~int | ~float64](s S) (t E) {
	for _, v := range s {
		t += v
	}
	return
}

type Scores []float64

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func SortedKeys[K interface{ ~int | ~string }, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

func Equal[T comparable](a, b T) (eq bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return a == b, nil
}

func main() {
	ints, err := ParseAll[IntBox]([]string{"1", "22", "333"})
	fmt.Println(ints, err)
	ints, err = ParseAll[IntBox]([]string{"4", "x5"})
	fmt.Println(ints, err)
	names, _ := ParseAll[NameBox]([]string{"ann", "bo"})
	fmt.Printf("%+v\n", names)
	fmt.Println(Describe([]Celsius{10, 20, -5}))
	var il IntList
	il.Add(1).Add(2).Add(3)
	fmt.Println(il.Len(), il.items)
	r := Registry{name: "reg"}
	r.Add("a").Add("b")
	fmt.Println(r.Len(), r.items, r.name)
	p := MakePair("one", 1)
	q := Swap(p)
	fmt.Printf("%v %+v %T %T\n", p, q, p, q)
	pp := MakePair(MakePair(1.5, []int{1}), map[string]bool{"t": true})
	fmt.Printf("%v %T\n", pp, pp)
	fmt.Println(TypeName(1), TypeName("s"), TypeName(Celsius(3)), TypeName(2.5), TypeName([]int{}), TypeName(p))
	fmt.Println(len(Count[string](3, nil)), Count[float64](2, nil), Count[*int](1, nil))
	fmt.Println(Merge(Feed(1, 2), Feed[int](), Feed(3)))
	fmt.Println(Merge(Feed("a", "b")))
	fmt.Println(SumAll(Scores{1.5, 2.5}), SumAll([]int{1, 2, 3}))
	words := strings.Fields("apple avocado banana blueberry cherry apricot")
	g := GroupBy(words, func(s string) byte { return s[0] })
	for _, k := range []byte("abc") {
		fmt.Printf("%c: %v\n", k, g[k])
	}
	byLen := GroupBy(words, func(s string) int { return len(s) })
	for _, k := range SortedKeys(byLen) {
		fmt.Println(k, byLen[k])
	}
	fmt.Println(Equal(1, 1))
	fmt.Println(Equal([2]string{"a", "b"}, [2]string{"a", "b"}))
	fmt.Println(Equal(MakePair(1, "x"), MakePair(1, "y")))
	fmt.Println(Equal(Celsius(1), Celsius(1)))
	f := MakePair[int, string]
	fmt.Println(f(7, "seven"))
	add := (*List[int]).Add
	var l2 List[int]
	add(&l2, 9)
	fmt.Println(l2.items)
}
