package main

import (
	"errors"
	"fmt"
)

// An instance whose type argument is an interface converts values of that
// shaped interface (go.shape.interface { Error() string }_0) to other
// interfaces: gc's stenciler rebuilds those conversions as explicit ones,
// printed `any(v)` in inline bodies and -m=2 explanations; a shape to an
// interface of the same underlying type (Describer(v)) and an empty
// interface with shapes to any (or back) are no conversion at all for gc
// (OCONVNOP: free, no "interface-converted").

type Describer interface{ Error() string }

type Result[T any] struct {
	val T
	ok  bool
}

func (r Result[T]) String() string {
	if !r.ok {
		return "none"
	}
	return fmt.Sprint(r.val)
}

func describe[T Describer](v T) Describer { return Describer(v) }

func show[T any](v T) any { return v }

type E[T any] interface{}

//go:noinline
func toAny[T any](x E[T]) any { return x }

//go:noinline
func fromAny[T any](x any) E[T] { return x }

func main() {
	r := Result[error]{errors.New("boom"), true}
	fmt.Println(r.String())
	fmt.Println(describe[error](errors.New("d")).Error())
	var e any = 3
	fmt.Println(show(e), show[fmt.Stringer](nil) == nil)
	fmt.Println(toAny[int](4), fromAny[string]("s"))
}
