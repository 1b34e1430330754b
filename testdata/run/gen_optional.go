// Optional[T] and Result[T]: zero values (var zero T), new(T), methods
// returning instances of other generic types, a generic function mapping
// an Optional, chaining with closures, and errors carried through generic
// code.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Optional[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{val: v, valid: true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) Get() (T, bool) { return o.val, o.valid }

func (o Optional[T]) OrElse(def T) T {
	if o.valid {
		return o.val
	}
	return def
}

func (o Optional[T]) String() string {
	if !o.valid {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func (o *Optional[T]) Set(v T) { o.val, o.valid = v, true }
func (o *Optional[T]) Clear() {
	var zero T
	o.val, o.valid = zero, false
}

func MapOpt[T, U any](o Optional[T], f func(T) U) Optional[U] {
	if v, ok := o.Get(); ok {
		return Some(f(v))
	}
	return None[U]()
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) Ok() Optional[T] {
	if r.Err != nil {
		return None[T]()
	}
	return Some(r.Val)
}

func Zero[T any]() T {
	var zero T
	return zero
}

func NewOf[T any](v T) *T {
	p := new(T)
	*p = v
	return p
}

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

var errNeg = errors.New("negative")

func parsePositive(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, errNeg
	}
	return n, nil
}

type config struct {
	name  string
	retry int
}

func main() {
	a := Some(42)
	b := None[int]()
	fmt.Println(a, b, a.OrElse(-1), b.OrElse(-1))
	fmt.Printf("%v %T\n", MapOpt(a, strconv.Itoa), MapOpt(a, strconv.Itoa))
	fmt.Println(MapOpt(b, func(i int) float64 { return float64(i) / 2 }))
	fmt.Println(MapOpt(MapOpt(a, func(i int) []int { return make([]int, i%5) }), func(s []int) int { return len(s) }))

	var o Optional[string]
	fmt.Println(o)
	o.Set("hello")
	fmt.Println(o, len(o.OrElse("")))
	o.Clear()
	v, ok := o.Get()
	fmt.Printf("%q %v\n", v, ok)

	for _, in := range []string{"17", "-3", "x1"} {
		r := Try(func() (int, error) { return parsePositive(in) })
		fmt.Println(in, "->", r.Ok(), r.Err, errors.Is(r.Err, errNeg))
	}

	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int](), Zero[[]byte]() == nil)
	fmt.Printf("%+v %v\n", Zero[config](), Zero[[3]bool]())
	fmt.Println(Zero[error]() == nil, Zero[map[string]int]() == nil, Zero[Optional[float64]]())

	p := NewOf(3.5)
	*p *= 2
	fmt.Println(*p)
	pc := NewOf(config{"svc", 3})
	pc.retry++
	fmt.Printf("%+v\n", *pc)
	pp := NewOf(NewOf("deep"))
	fmt.Println(**pp)

	fmt.Println(IsZero(0), IsZero(""), IsZero("x"), IsZero(config{}), IsZero(config{retry: 1}))
	var nilp *config
	fmt.Println(IsZero(nilp), IsZero(pc))

	opts := []Optional[config]{Some(config{"a", 1}), None[config](), Some(config{})}
	count := 0
	for _, op := range opts {
		if c, ok := op.Get(); ok && !IsZero(c) {
			count++
		}
	}
	fmt.Println("non-zero configs", count, opts)
}
