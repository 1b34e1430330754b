// errorcheck -0 -m -l

// go tool compile compiles a main package that has no func main: the
// link step is where go reports it.
package main

type T struct{ v []int }

func NewT(n int) *T {
	return &T{v: make([]int, n)} // ERROR "^&T{...} escapes to heap$" "^make\(\[\]int, n\) escapes to heap$"
}
