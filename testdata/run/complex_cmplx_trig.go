// math/cmplx's inverse functions (Asin, Acos, Atan, Asinh, Acosh, Atanh)
// and Tan, Tanh, Cot on ordinary values, the special values of C99 Annex
// G (infinities, NaNs, signed zeros), values near poles (where Tan and Cot
// switch to a series) and huge real parts (reduction modulo Pi).
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	vals := []complex128{0, 1, -1, 1i, -1i, 0.5, 0.5i, 2, -2i, 3 + 4i, -3 - 4i, 0.5 - 2.25i, 1e-10 + 1e-10i,
		1e10 - 1e10i, 1e300 + 1e300i, complex(math.Pi/2, 0), complex(math.Pi, 1e-20), complex(math.Pi/2, 1e-3),
		complex(1e9, 0.1), complex(3e9, 0.01), complex(1e15, 1e-5), complex(1e200, 1e-3), complex(7e22, 0.05),
		complex(inf, 0), complex(0, inf), complex(inf, inf), complex(nan, 0), complex(0, nan), complex(nan, inf),
		complex(inf, nan), complex(-inf, 1), complex(1, -inf), complex(math.Copysign(0, -1), -0.5)}
	for _, v := range vals {
		fmt.Println(v)
		fmt.Println("  asin", cmplx.Asin(v), "acos", cmplx.Acos(v), "atan", cmplx.Atan(v))
		fmt.Println("  asinh", cmplx.Asinh(v), "acosh", cmplx.Acosh(v), "atanh", cmplx.Atanh(v))
		fmt.Println("  tan", cmplx.Tan(v), "tanh", cmplx.Tanh(v), "cot", cmplx.Cot(v))
	}
	// huge real parts: Tan and Cot reduce 2*re modulo Pi (Payne-Hanek
	// beyond 2^30) for the series they use near a pole
	for i := 0; i < 400; i += 7 {
		z := complex(3e8*math.Pow(1.19, float64(i)), 1e-3)
		fmt.Println(z, cmplx.Tan(z), cmplx.Cot(z))
	}
}
