package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Optional[T any] struct {
	val   T
	valid bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
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

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic(fmt.Sprintf("unwrap on error: %v", r.Err))
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Try(f(r.Val))
}

func Collect[T any](rs []Result[T]) ([]T, error) {
	var out []T
	var errs []string
	for _, r := range rs {
		if r.Err != nil {
			errs = append(errs, r.Err.Error())
			continue
		}
		out = append(out, r.Val)
	}
	if len(errs) > 0 {
		return out, errors.New(strings.Join(errs, "; "))
	}
	return out, nil
}

var ErrNegative = errors.New("negative")

func checkPositive(n int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("check %d: %w", n, ErrNegative)
	}
	return n, nil
}

func half(n int) (float64, error) { return float64(n) / 2, nil }

func lookup(m map[string]int, k string) Optional[int] {
	if v, ok := m[k]; ok {
		return Some(v)
	}
	return None[int]()
}

func main() {
	inputs := []string{"10", "-4", "abc", "7"}
	var results []Result[float64]
	for _, in := range inputs {
		r := Then(Then(Try(strconv.Atoi(in)), checkPositive), half)
		results = append(results, r)
		fmt.Printf("%-4s -> %+v neg=%t\n", in, r, errors.Is(r.Err, ErrNegative))
	}
	vals, err := Collect(results)
	fmt.Println(vals)
	fmt.Println(err)
	m := map[string]int{"x": 1, "zero": 0}
	for _, k := range []string{"x", "zero", "missing"} {
		o := lookup(m, k)
		v, ok := o.Get()
		fmt.Println(k, o, v, ok, o.OrElse(-1))
	}
	os := Some("hi")
	fmt.Printf("%v %s %v\n", os, None[string](), Some([]int{1, 2}))
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		fmt.Println(results[0].Unwrap())
		fmt.Println(results[1].Unwrap())
	}()
	var opts []Optional[error]
	opts = append(opts, Some[error](ErrNegative), None[error]())
	fmt.Println(opts)
}
