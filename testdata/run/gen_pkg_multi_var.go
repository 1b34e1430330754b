package main

import "fmt"

// A package-level `var a, b = f[T]()`: the initializer is checked once,
// for all the variables together.

func pair[T any](v T) (T, []T) { return v, []T{v, v} }

func zero[T any]() (f, g T) { return f, g }

var first, both = pair[string]("x")
var _, _ = zero[int]()
var n, m = zero[float64]()
var pf = pair[int]

func main() {
	fmt.Println(first, both, n, m)
	a, b := pf(3)
	fmt.Println(a, b)
}
