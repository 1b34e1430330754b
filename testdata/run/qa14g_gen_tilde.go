package main

import (
	"fmt"
	"sort"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Float
}

type Celsius float64
type Meters int32
type ID int64

func (m Meters) String() string { return fmt.Sprintf("%dm", int32(m)) }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Clamp[T Number](x, lo, hi T) T {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

// StringerNumber requires both the underlying type and a method.
type StringerInt interface {
	~int32 | ~int64
	String() string
}

func Describe[T StringerInt](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, "+") + "=" + fmt.Sprint(int64(Sum(xs...)))
}

type Labeled interface {
	comparable
	Label() string
}

type Color int

func (c Color) Label() string { return [...]string{"red", "green", "blue"}[c] }

type Point struct{ X, Y int }

func (p Point) Label() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func Uniq[T Labeled](xs []T) []string {
	seen := map[T]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x.Label())
		}
	}
	return out
}

type Ordered interface {
	Integer | Float | ~string
}

func SortedKeys[K Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

type Path string

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
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Celsius](10, 20.5))
	fmt.Printf("%.3f %.3f\n", Mean([]Meters{1, 2, 4}), Mean([]float32{}))
	fmt.Println(Clamp(Celsius(-40), 0, 100), Clamp[int8](120, -5, 100), Clamp(ID(7), 1, 9))
	fmt.Println(Describe([]Meters{3, 4, 5}))
	fmt.Println(Uniq([]Color{0, 2, 0, 1, 2}), Uniq([]Point{{1, 2}, {1, 2}, {0, 0}}))
	fmt.Println(SortedKeys(map[Path]int{"/b": 1, "/a": 2, "/c": 3}), SortedKeys(map[Celsius]bool{3.5: true, -1: false}))
	fmt.Println(Abs(-3), Abs(Celsius(-2.5)), Abs[int64](-1<<40))
	fmt.Println(Convert[float64, int]([]float64{1.9, -1.9, 3}), Convert[int, Celsius]([]int{1, 2}))
	fmt.Printf("%T %T\n", Sum[Meters], Convert[int8, float32])
}
