package main

import (
	"fmt"
	"math"
)

//go:noinline
func div(a, b complex128) complex128 { return a / b }

//go:noinline
func div64(a, b complex64) complex64 { return a / b }

//go:noinline
func mul(a, b complex128) complex128 { return a * b }

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	cs := []complex128{0, 1, 1i, 1 + 1i, -2 - 3i, complex(inf, 0), complex(0, inf), complex(nan, 0), complex(1e300, 1e300), complex(1e-300, 1e-300), complex(inf, inf), complex(-0.0, 0)}
	for _, a := range cs {
		for _, b := range cs {
			fmt.Print(div(a, b), mul(a, b), " ")
		}
		fmt.Println()
	}
	fmt.Println(div64(1+2i, 3-4i), div64(1, 0), div64(complex64(complex(1e30, 1e30)), complex64(complex(1e-30, 1e-30))))
	var z complex128
	fmt.Println(1/z, z/z, complex(1, 0)/z)
	c := complex(3, 4)
	c /= 2
	c *= 1i
	c += 1
	c -= 2i
	fmt.Println(c, -c, c == complex(-1, -0.5)+2-2i)
	fmt.Printf("%.3v %8.2f %e\n", c, c, c)
	var c64 complex64 = complex(float32(0.1), float32(0.2))
	fmt.Println(c64*c64, complex128(c64)*complex128(c64), real(c64)+imag(c64))
}
