package main

import "fmt"

// Function-local types as type arguments: gc numbers them (main.item·1)
// in instance names, which %T and panics show, and two local types of the
// same name are two different instances.
func Show[T any](xs []T) string { return fmt.Sprintf("%v %T", xs, xs) }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func Describe[T any](x T) string { return fmt.Sprintf("%T", x) }

func a() {
	type item struct{ n int }
	fmt.Println(Show([]item{{1}, {2}}), Box[item]{item{7}}.Get())
	fmt.Println(Describe(Box[item]{}))
}

func b() {
	type item struct {
		s string
		f float64
	}
	type id int
	fmt.Println(Show([]item{{"x", 1.5}}), Box[item]{item{"y", 2}}.Get())
	fmt.Printf("%T %T %v\n", Box[item]{}, Box[[]id]{}, Box[*id]{})
	fmt.Println(Describe(Box[map[id]item]{}), Describe(item{}))
}

func main() {
	a()
	b()
	type local int
	var e interface{} = Box[local]{3}
	_, ok := e.(Box[int])
	fmt.Println(ok, e)
	_ = e.(Box[int])
}
