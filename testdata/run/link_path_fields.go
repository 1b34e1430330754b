// Struct type arguments in gc's link string: an unexported field name is
// qualified (struct { main.f int }), and an embedded field not named as its
// type's own symbol, such as a predeclared type, is written name = type
// (struct { main.int = int }): in %T at run time, in instance names and
// dictionaries in -m, and in shapes (go.shape.struct { main.error = error }_0).
package main

import "fmt"

type T[_ any] struct{}

func (T[X]) M() {}

func Id[X any](x X) X { return x }

type myint int

func main() {
	var i interface{ M() } = T[struct{ int }]{}
	i.M()
	fmt.Println(Id(struct{ f int }{}).f, Id(struct{ myint }{}).myint, Id(struct{ error }{}).error == nil)
	fmt.Printf("%T\n", T[struct{ int; g string }]{})
}
