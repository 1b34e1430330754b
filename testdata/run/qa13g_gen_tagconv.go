package main

import "fmt"

type A struct {
	X int `json:"x"`
	Y string
}
type B struct {
	X int
	Y string `y:"y"`
}

type Tagged = struct {
	X int `json:"x"`
	Y string
}

func ToB[T ~struct {
	X int `json:"x"`
	Y string
}](t T) B {
	return B(t)
}

func Conv[From, To ~struct {
	X int
	Y string
}](f From) To {
	return To(f)
}

func ConvAny[T any, U any](t T, f func(T) U) U { return f(t) }

func main() {
	fmt.Println(ToB(A{1, "a"}), ToB(Tagged{2, "b"}))
	type C struct {
		X int
		Y string
	}
	type D C
	fmt.Println(Conv[C, D](C{3, "c"}))
	fmt.Printf("%T\n", Conv[D, C](D{4, "d"}))
	fmt.Println(ConvAny(A{5, "e"}, func(a A) B { return B(a) }))
	ptrs := []*A{{6, "f"}}
	bp := (*B)(ptrs[0])
	bp.X = 60
	fmt.Println(*ptrs[0])
	arr := [2]A{{7, "g"}, {8, "h"}}
	barr := [2]B{}
	for i := range arr {
		barr[i] = B(arr[i])
	}
	fmt.Println(barr)
	type Row struct {
		Cols [2]A `row:"r"`
	}
	type Row2 struct {
		Cols [2]A
	}
	fmt.Println(Row2(Row{arr}))
}
