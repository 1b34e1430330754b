// Complex constants and conversions: imaginary literals in every form,
// exact untyped arithmetic (no rounding until a typed context), typed
// constants rounded to complex64/complex128, complex/real/imag folded at
// compile time, and conversions between the sizes at run time.
package main

import "fmt"

const (
	I     = 1i
	Big   = 1e300 + 1e300i
	Huge  = Big * Big / Big // exact: 1e600 is fine as an untyped constant
	Third = (1 + 1i) / 3
	Rot   = I * I * I * I // exactly 1
	Re    = real(3 + 4i)
	Im    = imag(3 + 4i)
	Mod2  = Re*Re + Im*Im
	C     = complex(Re, -Im)
	FromI = complex(1, 2) // untyped ints become untyped floats
	Int   = 5 + 0i        // an untyped complex with zero imaginary part
)

const (
	Typed64  complex64  = Third
	Typed128 complex128 = Third
	Half                = complex64(0.5 + 0.25i)
)

type Z complex128

func main() {
	fmt.Println(1i, 0i, 1_0i, .5i, 1.i, 077i, 0o17i, 0b101i, 0x10i, 0x1p-2i, 1e3i, 1.5e-3i, 089i, 0.i, 1E2i)
	fmt.Println(I, Big, Huge, Third, Rot, Re, Im, Mod2, C, FromI)
	fmt.Println(Typed64, Typed128, Half, Typed64 == Half, complex128(Typed64) == Typed128)
	var arr [Int]int // an integral complex constant is a valid length
	var idx = arr[2+0i]
	fmt.Println(len(arr), idx, Int == 5, real(Int)+1.5)
	var f32 float32 = real(Typed64)
	var f64 float64 = imag(Typed128)
	fmt.Println(f32, f64, real(C), imag(C))
	fmt.Printf("%T %T %T %T %T\n", Re, C, f32, Typed64, Half)

	// typed constant arithmetic rounds to the type at each step
	const x30, x60 = 1 << 30, 1 << 60
	const s64 = complex64(x30) + 1 - x30
	const s128 = complex128(x60) + 1 - x60
	d64 := complex64(x30)
	d64 += 1
	d64 -= x30
	d128 := complex128(x60)
	d128 += 1
	d128 -= x60
	fmt.Println(s64, d64, s128, d128)

	// conversions between the sizes and named types
	var c128 complex128 = 1.0000000001 + 3.14159265358979i
	c64 := complex64(c128)
	back := complex128(c64)
	z := Z(c128)
	fmt.Println(c64, back, z, complex128(z) == c128, Z(c64) == z)
	fmt.Printf("%v %T %T\n", z, z, complex64(z))

	// complex, real and imag on variables
	a, b := 1.25, -2.5
	w := complex(a, b)
	var fa, fb float32 = 3, 4
	v := complex(fa, fb)
	fmt.Println(w, v, real(w), imag(w), real(v)*imag(v))
	fmt.Printf("%T %T %T\n", w, v, real(v))
	u := complex(a, 2) // the untyped argument takes the other's type
	fmt.Println(u, complex(2, fb))

	// constant division is exact; at run time it is rounded
	const q = (1 + 2i) / (3 - 4i)
	n, m := 1+2i, 3-4i
	fmt.Println(q, n/m, q == n/m)
	const tiny = 1e-320 + 1e-320i
	fmt.Println(tiny, complex64(1e-40+1e-50i))
}
