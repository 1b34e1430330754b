package main

import "fmt"

type Number interface{ ~int | ~int64 | ~float64 }

func Double[T Number](x T) T { return x * 2 }
func Square[T Number](x T) T { return x * x }
func Neg[T Number](x T) T    { return -x }

func Apply[T any](xs []T, fs ...func(T) T) []T {
	out := append([]T(nil), xs...)
	for _, f := range fs {
		for i := range out {
			out[i] = f(out[i])
		}
	}
	return out
}

func Pipeline[T Number](xs []T) []T {
	steps := []func(T) T{Double[T], Square[T], Neg[T]}
	ints := Apply([]int{1, 2}, Double[int], Square[int])
	fmt.Println(ints)
	return Apply(xs, steps...)
}

func Registry[T Number]() map[string]func(T) T {
	return map[string]func(T) T{"double": Double[T], "square": Square[T], "neg": Neg[T]}
}

type F float64

type Acc[T Number] struct{ sum T }

func (a *Acc[T]) Add(x T) T { a.sum += x; return a.sum }

func Sum[T Number](xs []T) T {
	a := &Acc[T]{}
	add := a.Add
	for _, x := range xs {
		add(x)
	}
	return a.sum
}

func main() {
	fmt.Println(Pipeline([]int{1, 2}), Pipeline([]float64{1.5}), Pipeline([]F{2}))
	fmt.Println(Sum([]float64{1, 2}), Sum([]F{3}), Sum([]int{4}), Sum([]int64{5}))
	ri, rf := Registry[int64](), Registry[float64]()
	fmt.Println(ri["double"](4), rf["neg"](1), len(ri))
}
