// math/cmplx: the modulus and argument, roots, exponentials, logarithms,
// powers and the trigonometric and hyperbolic functions on ordinary
// values, huge and tiny parts, infinities, NaNs and signed zeros
// (Go's special-value rules), Rect/Polar round trips and roots of unity.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	vals := []complex128{0, 1, -1, 1i, -1i, 3 + 4i, -3 - 4i, 0.5 - 2.25i, 1e300 + 1e300i, 1e-300 - 1e-300i,
		complex(math.Inf(1), 0), complex(0, math.Inf(-1)), complex(math.NaN(), 1), complex(math.Copysign(0, -1), 0),
		complex(-2, math.Copysign(0, -1)), complex(math.Inf(-1), math.NaN())}
	for _, v := range vals {
		r, th := cmplx.Polar(v)
		fmt.Println(v, cmplx.Abs(v), cmplx.Phase(v), r, th, cmplx.Conj(v), cmplx.IsNaN(v), cmplx.IsInf(v))
		fmt.Println("  sqrt", cmplx.Sqrt(v), "exp", cmplx.Exp(v), "log", cmplx.Log(v), "log10", cmplx.Log10(v))
		fmt.Println("  sin", cmplx.Sin(v), "cos", cmplx.Cos(v), "sinh", cmplx.Sinh(v), "cosh", cmplx.Cosh(v))
		fmt.Println("  pow", cmplx.Pow(v, 2), cmplx.Pow(v, 0.5+1i), cmplx.Pow(0, v))
	}
	fmt.Println(cmplx.Rect(2, math.Pi/3), cmplx.Rect(1, math.Pi), cmplx.Inf(), cmplx.NaN())
	fmt.Printf("%.4f\n", cmplx.Exp(1i*math.Pi)+1)
	// roots of unity
	for k := 0; k < 5; k++ {
		z := cmplx.Rect(1, 2*math.Pi*float64(k)/5)
		fmt.Printf("%d %.6f %.3g\n", k, z, cmplx.Abs(z*z*z*z*z-1))
	}
}
