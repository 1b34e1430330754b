// Complex arithmetic and printing: + - * / with Go's formulas (division
// by zero gives Inf/NaN, never a panic; multiplication has no Annex G
// recovery), unary minus and signed zeros, assignment operators,
// complex64 computed as float32 parts, and fmt's verbs, widths and flags
// on complex values (each part formatted separately), print/println.
package main

import (
	"fmt"
	"math"
)

//go:noinline
func mul(a, b complex128) complex128 { return a * b }

//go:noinline
func div(a, b complex128) complex128 { return a / b }

//go:noinline
func div64(a, b complex64) complex64 { return a / b }

func main() {
	a := 1 + 2i
	var b complex128 = complex(3, -4)
	fmt.Println(a+b, a-b, a*b, a/b, -a, +b, a == b, a != b, a == 1+2i)

	inf, nan := math.Inf(1), math.NaN()
	var zero complex128
	specials := []complex128{0, complex(math.Copysign(0, -1), 0), 1, -1i, complex(inf, 0), complex(0, -inf),
		complex(inf, inf), complex(nan, 0), complex(nan, nan), complex(1e308, 1e308), complex(1e-308, -1e-308)}
	for _, x := range specials {
		fmt.Println(x, "/0:", div(x, zero), " 1/x:", div(1, x), " x*x:", mul(x, x), " x*(inf):", mul(x, complex(inf, 0)))
	}
	fmt.Println(div(complex(1, 1), complex(inf, nan)), div(complex(inf, 1), complex(2, 3)), div(complex(1e300, 1e300), complex(1e-300, 1e-300)))
	fmt.Println(-zero, zero == -zero, 1/real(-zero), mul(complex(inf, 0), complex(0, 1)))

	// complex64 keeps float32 parts; * is computed in float64 and rounded
	var c64 complex64 = 1.1 + 2.2i
	d64 := c64 * c64
	e64 := div64(c64, 3+1i)
	fmt.Println(c64, d64, e64, div64(c64, 0), complex128(d64))

	// assignment operators
	s := 1 + 1i
	s += 2
	s -= 1i
	s *= 1i
	s /= 2
	fmt.Println(s)
	vals := []complex64{1, 1i, -1, -1i}
	var prod complex64 = 1
	for i := range vals {
		prod *= vals[i]
		vals[i] /= 2
	}
	fmt.Println(prod, vals)

	// fmt: %v %g %e %f with precision, width, flags; complex64 as float32
	w := 3.14159 - 2.71828i
	fmt.Printf("%v|%g|%e|%E|%f|%F|%.2f|%8.3f|%-10.1f|%+.2g|% .1f|%08.2f\n", w, w, w, w, w, w, w, w, w, w, w, w)
	fmt.Printf("%G|%x|%X|%b|%.3e|%#g|%#v\n", w, w, w, w, w, w, w)
	fmt.Printf("%v %v %v\n", complex64(w), complex(inf, -inf), complex(nan, -0.0))
	fmt.Printf("%d|%s|%q|%t\n", w, w, w, w)
	fmt.Printf("[%10v][%-12v][%5.1v]\n", 1+1i, 2-2i, 1.25+0.5i)
	fmt.Println(complex64(0.1+0.2i), complex128(0.1+0.2i), complex64(1e20+1e-20i), 1e21+1e-7i)
	fmt.Print(1i, 2i, "x", 3i, "\n")
	fmt.Println(fmt.Sprint(complex(1, 2)), fmt.Sprintf("%.1f", []complex128{1, 2i}))

	println(a, c64, complex(inf, nan), -zero)
	print(b, "\n")
}
