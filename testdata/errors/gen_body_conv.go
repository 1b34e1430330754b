// Conversions in a generic body must hold for every type of the type
// parameter's set (types2 names the first type that fails).
package main

import "fmt"

func ToT[T any](x int) T                  { return T(x) }
func FromF[T ~int | ~string](x float64) T { return T(x) }
func ToS[T ~int | ~float64](x T) string   { return string(x) }
func Neg1[T ~int | ~uint](x T) T          { return x + T(-1) }
func Ok[T ~int | ~float64](x T) float64   { return float64(x) + float64(T(2)) }
func OkIface[T any](x T) interface{}      { return interface{}(x) }

func main() {
	fmt.Println(ToT[int](1), FromF[int](2), ToS(65), Neg1(3), Ok(1), OkIface(2))
}
