// Min/Max over a constraint with a type set (~int | ~float64 | ~string),
// Sum over Number, named types satisfying ~ terms (Celsius), explicit
// instantiation (Max[Celsius], Sum[int64](nil)) and inference from
// untyped constants (Max(3, 9), Max(2.5, 1.0): mixing 2.5 and 1 is an
// error in Go 1.19).
package main

import "fmt"

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 |
		~float32 | ~float64 | ~string
}

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64

type Name string

type Score int

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func MaxOf[T Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		m = Max(m, v)
	}
	return m
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func Clamp[T Ordered](v, lo, hi T) T {
	return Min(Max(v, lo), hi)
}

func main() {
	fmt.Println(Max(3, 9), Min(3, 9))
	fmt.Println(Max(2.5, 1.0), Min(2.5, 1.0))
	fmt.Println(Max("apple", "banana"), Min("apple", "banana"))

	var t1, t2 Celsius = 21.5, 19.25
	fmt.Println(Max(t1, t2), Min(t1, t2))
	fmt.Println(Max[Celsius](-3, 4))
	fmt.Printf("%T %v\n", Max[Celsius](1, 2), Max[Celsius](1, 2))

	fmt.Println(Max[Name]("zed", "amy"), Min(Name("zed"), "amy"))
	fmt.Printf("%T\n", Min(Name("zed"), "amy"))

	var i8 int8 = -7
	fmt.Println(Max(i8, -8), Max[uint8](200, 100), Min[uint64](1<<40, 1<<41))

	fmt.Println(MaxOf(4, 8, 15, 16, 23, 42, 7))
	fmt.Println(MaxOf("x"), MaxOf(Score(3), Score(11), Score(5)))

	fmt.Println(Sum([]int{1, 2, 3, 4}))
	fmt.Println(Sum([]float64{0.5, 0.25, 0.125}))
	fmt.Println(Sum[int64](nil))
	fmt.Printf("%T\n", Sum[int64](nil))
	fmt.Println(Sum([]Celsius{10, 20.5, -3}))
	fmt.Println(Average([]int32{3, 4, 5, 6}), Average([]float32{}))

	fmt.Println(Clamp(15, 0, 10), Clamp(-5, 0, 10), Clamp(7, 0, 10))
	fmt.Println(Clamp("m", "d", "k"), Clamp(Celsius(37.2), 35, 42))

	// wraparound arithmetic inside the instantiated body
	fmt.Println(Sum([]int32{2147483647, 1}))

	scores := map[string]Score{"a": 10, "b": 30}
	best := Score(0)
	for _, k := range []string{"a", "b", "c"} {
		best = Max(best, scores[k])
	}
	fmt.Println("best", best)

	f := Max[float64]
	g := Min[string]
	fmt.Println(f(1e3, 1e-3), g("b", "a"))
}
