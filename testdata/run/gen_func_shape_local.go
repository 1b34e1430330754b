// A type argument of a func type that mentions a type declared inside a
// function: its shape is spelled with the type's link string, the local
// type's number included (go.shape.func() main.Num·1_1).
package main

import "fmt"

type Thunk[T any] interface{ ~func() T }

func Force[T any, F Thunk[T]](f F) T { return f() }

func Twice[T any, F Thunk[T]](f F) [2]T {
	var out [2]T
	for i := range out {
		out[i] = Force[T](f)
	}
	return out
}

func main() {
	type Num int
	type Mk func() Num
	n := Num(0)
	var mk Mk = func() Num { n++; return n }
	fmt.Println(Force[Num, Mk](mk), Twice[Num](mk))
	type Label string
	fmt.Println(Force(func() Label { return "x" }))
}
