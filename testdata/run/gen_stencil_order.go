// Generic code as gc 1.19 compiles it: calls of generic functions and of
// methods of generic types are rewritten by its stenciling pass, after the
// rest of the function, and an instance's body is a substituted copy of
// the generic body.  What -m shows of that: the numbers of the temporaries
// (.autotmp_N), the positions of implicit conversions, the printing of a
// generic call whose argument is a multi-value call, and of a method call
// devirtualization made.
package main

import (
	"fmt"
	"strconv"
)

type Vec[T int | float64] []T

func (v Vec[T]) Scale(k T) Vec[T] {
	r := make(Vec[T], len(v))
	for i, x := range v {
		r[i] = x * k
	}
	return r
}

func (v Vec[T]) Sum() T {
	var s T
	for _, x := range v {
		s += x
	}
	return s
}

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T, err error) bool {
	if err != nil {
		return false
	}
	b.v = v
	return true
}

func (b Box[T]) String() string { return "box" }

func MakeBox[T any](v T) Box[T] { return Box[T]{v} }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Split(s string) (int, error) {
	n, err := strconv.Atoi(s)
	return n, err
}

// results dropped with _: the copy's assignment goes through temporaries
func First[T any](xs []T) (T, bool) {
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	return xs[0], true
}

func Head[T any](xs []T) any {
	h, _ := First(xs)
	return h
}

func Pair[T any](v T) (any, int) { return v, 1 }

func Keep[T any](v T) (r any) {
	r = v
	return
}

func Send[T any](v T, c chan any) { c <- v }

type Err[T any] struct {
	op string
	v  T
}

func (e Err[T]) Error() string { return fmt.Sprint(e.op, e.v) }

func Check[T int | float64](x T) T {
	if x < 0 {
		panic(Err[T]{"Check", x})
	}
	return x
}

type entry struct {
	n    int
	less func(a, b int) bool
}

type lesser interface{ Less(a, b int) bool }

func (e entry) Less(a, b int) bool { return e.less(a, b) }

func main() {
	a := Vec[int]{1, 2, 3}
	f := Vec[float64]{0.5, 1.5}
	fmt.Println(a.Scale(2).Sum(), f.Scale(2).Sum())
	fmt.Println(Split("12"))
	n, err := Split("x")
	fmt.Println(n, err != nil)

	var b Box[int]
	fmt.Println(b.Set(Split("7")), b.v)
	fmt.Println(Must[int](Split("42")), Must(strconv.ParseBool("true")))

	var s fmt.Stringer = MakeBox(2.5)
	fmt.Println(s.String())

	fmt.Println(Head([]string{"x", "y"}), Head([]int(nil)))
	fmt.Println(Pair(3))
	fmt.Println(Keep("k"))
	c := make(chan any, 1)
	Send(4, c)
	fmt.Println(<-c)

	defer func() {
		r := recover()
		e, ok := r.(Err[float64])
		fmt.Println(ok, e.op, e.v)
	}()
	var l lesser = entry{1, func(a, b int) bool { return a < b }}
	fmt.Println(l.Less(1, 2), Check(2))
	Check(-1.5)
}
