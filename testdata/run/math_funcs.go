// math: exact functions, special values and constants.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Sqrt(math.Inf(1)))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.Round(2.5), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-3), math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(1, 0), math.Mod(5, math.Inf(1)))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -math.Inf(1))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(1, 0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2)
	var z float64
	fmt.Println(1/z, -1/z, z/z, z*-1)
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(0x4000000000000000), math.Float32bits(0.1))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	i, f := math.Modf(-3.75)
	fmt.Println(i, f)
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(1, math.NaN()))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Exp(0), math.Log(1), math.Log2(8), math.Log10(1000))
	fmt.Println(math.Trunc(1e300), math.Floor(math.Inf(-1)), math.Dim(5, 3), math.Dim(3, 5))
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, math.Sqrt(float64(f32)))
	fmt.Printf("%.3f %.3f %v\n", math.Sin(math.Pi/2), math.Cos(0), math.Atan2(0, -1) == math.Pi)
}
