// A type parameter's value has the methods of its constraint and no
// fields, cannot be called unless its core type is a function, and
// cannot be type-switched on.
package main

import "fmt"

type Str struct{ X int }

func (Str) String() string { return "s" }

type Stringer interface{ String() string }

func Show[T any](x T) string          { return x.String() }
func Get[T Str](p T) int              { return p.X }
func Call[T any](x T)                 { x() }
func OkShow[T Stringer](x T) string   { return x.String() }
func OkCall[T ~func() int](f T) int   { return f() }

func Kind[T any](x T) string {
	switch x.(type) {
	case int:
		return "int"
	}
	return "?"
}

func main() {
	fmt.Println(Show(Str{}), Get(Str{1}), OkShow(Str{}), OkCall(func() int { return 1 }), Kind(1))
	Call(func() {})
}
