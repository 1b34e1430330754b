// Misuses of complex values, with types2's texts: ordering, %, shifts,
// mixed sizes, complex() and real() on the wrong types, constants that
// overflow or lose their imaginary part, conversions to and from floats.
// (Duplicate complex switch cases and x / 0 on a variable are legal.)
package main

func main() {
	a, b := 1+2i, 3i
	var f float64 = 2
	var c64 complex64 = 1
	_ = a < b
	_ = a % b
	_ = a << 1
	_ = c64 + a
	_ = complex(f, c64)
	_ = real(f)
	var i int = 1 + 2i
	const k complex64 = 1e39i
	_ = float64(a)
	switch a {
	case 1i, 1i:
	}
	_, _ = i, a/0
}
