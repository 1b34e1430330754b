// Operations in a generic body are checked against the type parameter's
// constraint, not the type arguments of the instances: ordering needs
// every type in the set ordered, == a comparable set; errors name the
// type parameter.
package main

import "fmt"

func Max[T any](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Eq[T any](a, b T) bool          { return a == b }
func Lt[T comparable](a, b T) bool   { return a < b }
func Ok[T ~int | ~string](a, b T) bool { return a < b && a == b }
func Ok2[K comparable](a, b K) bool  { return a != b }

func Show[T any](x T) string { return x.String() }

func main() {
	fmt.Println(Max(1, 2), Eq(1, 2), Lt(1, 2), Ok(1, 2), Ok2("a", "b"), Show(1))
}
