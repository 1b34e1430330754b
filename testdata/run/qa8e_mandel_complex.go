package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
)

func escapeTime(c complex128, maxIter int) int {
	z := complex(0, 0)
	for i := 0; i < maxIter; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return maxIter
}

func render(w, h int) []string {
	const chars = " .:-=+*#%@"
	var rows []string
	for y := 0; y < h; y++ {
		var sb strings.Builder
		for x := 0; x < w; x++ {
			c := complex(-2.2+3.0*float64(x)/float64(w), -1.2+2.4*float64(y)/float64(h))
			n := escapeTime(c, 50)
			sb.WriteByte(chars[n*(len(chars)-1)/50])
		}
		rows = append(rows, sb.String())
	}
	return rows
}

func roots(n int) []complex128 {
	out := make([]complex128, n)
	for k := range out {
		out[k] = cmplx.Rect(1, 2*math.Pi*float64(k)/float64(n))
	}
	return out
}

type Poly []complex128

func (p Poly) Eval(x complex128) complex128 {
	var r complex128
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func main() {
	for _, r := range render(60, 20) {
		fmt.Println(strings.TrimRight(r, " "))
	}
	for _, r := range roots(4) {
		fmt.Printf("%.3f ", r)
	}
	fmt.Println()
	a := complex(3, 4)
	b := 1 - 2i
	fmt.Println(a+b, a*b, a/b, real(a), imag(b), cmplx.Abs(a), cmplx.Conj(a))
	fmt.Printf("%v %.2f %g %+.1e\n", a, b, cmplx.Sqrt(-1), a)
	fmt.Println(cmplx.Exp(complex(0, math.Pi)), cmplx.Phase(-1), cmplx.Inf(), cmplx.IsNaN(cmplx.NaN()))
	p := Poly{1, 0, 1}
	fmt.Println(p.Eval(1i), p.Eval(2), a == complex(3, 4), complex64(a))
	var c64 complex64 = 1.5 + 2.5i
	fmt.Printf("%T %v %T\n", c64, c64*c64, real(c64))
}
