// Every math function on a spread of arguments, printed with %v (shortest
// round-trip formatting): Go's exact bits are visible in the last digit.
package main

import (
	"fmt"
	"math"
)

func main() {
	args := []float64{-1e300, -710, -20.5, -3, -1, -0.75, -0.1, -1e-10, 0, 1e-300, 1e-8, 0.1, 0.5, 0.7, 0.99, 1, 1.5, 2,
		2.5, 3, 10, 33.5, 100, 171, 710, 1e10, 1e22, 1e300, math.Pi, math.E}
	f1 := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sqrt", math.Sqrt}, {"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Log", math.Log},
		{"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Sin", math.Sin}, {"Cos", math.Cos},
		{"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan}, {"Sinh", math.Sinh},
		{"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Cbrt", math.Cbrt}, {"Floor", math.Floor}, {"Round", math.Round},
	}
	for _, g := range f1 {
		fmt.Print(g.name, ":")
		for _, x := range args {
			fmt.Print(" ", g.f(x))
		}
		fmt.Println()
	}
	for _, x := range args[:12] {
		fmt.Println(x, math.Pow(x, 3), math.Pow(2.5, x), math.Hypot(x, 3), math.Atan2(x, -2), math.Mod(x, 0.7))
	}
	var f32s []float32
	for _, x := range args {
		f32s = append(f32s, float32(x), float32(math.Sin(x)))
	}
	fmt.Println(f32s)
	fmt.Printf("%.3e %.10g %8.4f %g\n", math.Exp(1), math.Log(10), math.Sqrt(2), math.Cbrt(1000))
}
