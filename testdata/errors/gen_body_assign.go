// In a generic body a type parameter is a type of its own: a value of
// type T is not an int even when every instance has T = int, two type
// parameters differ, and T implements an interface only through its
// constraint's methods.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func ToInt[T any](t T) int {
	var x int = t
	return x
}

func Swap[T, U any](t T, u U) T {
	t = u
	return t
}

func Ret[T ~int](x T) int          { return x }
func Inc[T ~int](x T) int          { var y int = x + 1; return y }
func Elem[T ~[]E, E any](x T) E    { var e E = x; return e }
func Is[T comparable](x T, s Shape) bool { return s == x }
func AsShape[T any](x T) Shape     { var s Shape = x; return s }

func Ok[T ~int, U any](x T, u U) (T, U) {
	var y T = x + 1
	var i interface{} = u
	_ = i
	return y, u
}

func main() {
	a, b := Ok(1, 2)
	fmt.Println(ToInt(1), Swap(1, 2), Ret(1), Inc(1), Elem([]int{1}), Is(Sq{1}, Sq{1}), AsShape(Sq{2}), a, b)
}
