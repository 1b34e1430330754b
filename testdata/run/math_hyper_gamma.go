// math: Asinh/Acosh/Atanh/Erf/Erfc/Gamma/Nextafter on ordinary and special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{-2.5, -1, -0.5, 0, 0.5, 1, 2, 3.5, 10, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range xs {
		fmt.Println(x, math.Asinh(x), math.Acosh(x), math.Atanh(x/4), math.Erf(x), math.Erfc(x), math.Gamma(x))
	}
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, -1), math.Abs(-3), math.Floor(2.5))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi)
	fmt.Printf("%.3f %v %v\n", math.Sqrt(2), math.Signbit(math.Copysign(0, -1)), math.IsInf(math.Inf(-1), -1))
}
