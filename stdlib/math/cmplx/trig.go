package cmplx

// The inverse functions (Asin, Acos, Atan and their hyperbolic forms) and
// Tan, Tanh, Cot, with Go 1.19's results: the same formulas in the same
// order of float64 operations, Go's special values, and the same
// reduction of an angle modulo Pi (reducePi) for the series that Tan and
// Cot use near their poles.

import (
	"math"
	"math/bits"
)

// Asin returns the inverse sine: -i log(ix + sqrt(1 - x²)).
func Asin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asin(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asinh(im))
	case math.IsNaN(im):
		if re == 0 {
			return complex(re, math.NaN())
		}
		if math.IsInf(re, 0) {
			return complex(math.NaN(), re)
		}
		return NaN()
	case math.IsInf(im, 0):
		if math.IsNaN(re) {
			return x
		}
		if math.IsInf(re, 0) {
			return complex(math.Copysign(math.Pi/4, re), im)
		}
		return complex(math.Copysign(0, re), im)
	case math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(re, im))
	}
	ix := complex(-im, re)
	sq := x * x
	root := Sqrt(complex(1-real(sq), -imag(sq)))
	w := Log(ix + root)
	return complex(imag(w), -real(w))
}

// Asinh returns the inverse hyperbolic sine: log(x + sqrt(1 + x²)).
func Asinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asinh(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asin(im))
	case math.IsInf(re, 0):
		if math.IsInf(im, 0) {
			return complex(re, math.Copysign(math.Pi/4, im))
		}
		if math.IsNaN(im) {
			return x
		}
		return complex(re, math.Copysign(0.0, im))
	case math.IsNaN(re):
		if im == 0 {
			return x
		}
		if math.IsInf(im, 0) {
			return complex(im, re)
		}
		return NaN()
	case math.IsInf(im, 0):
		return complex(math.Copysign(im, re), math.Copysign(math.Pi/2, im))
	}
	sq := x * x
	return Log(x + Sqrt(complex(1+real(sq), imag(sq))))
}

// Acos returns the inverse cosine: Pi/2 - Asin(x).
func Acos(x complex128) complex128 {
	w := Asin(x)
	return complex(math.Pi/2-real(w), -imag(w))
}

// Acosh returns the inverse hyperbolic cosine, ±i Acos(x) with a
// non-negative real part.
func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	w := Acos(x)
	if imag(w) <= 0 {
		return complex(-imag(w), real(w))
	}
	return complex(imag(w), -real(w))
}

// Atan returns the inverse tangent:
// re = atan2(2a, 1 - a² - b²)/2 reduced into (-Pi/2, Pi/2],
// im = log((a² + (b+1)²) / (a² + (b-1)²)) / 4.
func Atan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		return complex(math.Atan(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Atanh(im))
	case math.IsInf(im, 0) || math.IsInf(re, 0):
		if math.IsNaN(re) {
			return complex(math.NaN(), math.Copysign(0, im))
		}
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(0, im))
	case math.IsNaN(re) || math.IsNaN(im):
		return NaN()
	}
	a2 := re * re
	den := 1 - a2 - im*im
	if den == 0 {
		return NaN()
	}
	angle := reducePi(0.5 * math.Atan2(2*re, den))
	bm := im - 1
	lower := a2 + bm*bm
	if lower == 0 {
		return NaN()
	}
	bp := im + 1
	ratio := (a2 + bp*bp) / lower
	return complex(angle, 0.25*math.Log(ratio))
}

// Atanh returns the inverse hyperbolic tangent: -i Atan(ix).
func Atanh(x complex128) complex128 {
	z := Atan(complex(-imag(x), real(x)))
	return complex(imag(z), -real(z))
}

// Tan returns the tangent: (sin 2a + i sinh 2b) / (cos 2a + cosh 2b).
func Tan(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(im, 0) {
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.Copysign(0, re), math.Copysign(1, im))
		}
		return complex(math.Copysign(0, math.Sin(2*re)), math.Copysign(1, im))
	}
	if re == 0 && math.IsNaN(im) {
		return x
	}
	d := math.Cos(2*re) + math.Cosh(2*im)
	if math.Abs(d) < 0.25 {
		d = tanSeries(x) // the sum cancels near a pole: use the series
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/d, math.Sinh(2*im)/d)
}

// Tanh returns the hyperbolic tangent: (sinh 2a + i sin 2b) / (cosh 2a + cos 2b).
func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(math.Copysign(1, re), math.Copysign(0, im))
		}
		return complex(math.Copysign(1, re), math.Copysign(0, math.Sin(2*im)))
	}
	if im == 0 && math.IsNaN(re) {
		return x
	}
	d := math.Cosh(2*re) + math.Cos(2*im)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/d, math.Sin(2*im)/d)
}

// Cot returns the cotangent: (sin 2a - i sinh 2b) / (cosh 2b - cos 2a).
func Cot(x complex128) complex128 {
	d := math.Cosh(2*imag(x)) - math.Cos(2*real(x))
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*real(x))/d, -math.Sinh(2*imag(x))/d)
}

// tanSeries sums cosh 2b - cos 2a as its Taylor series (terms
// (y^2k ± x^2k)/(2k)!), for arguments where the closed form cancels.
func tanSeries(z complex128) float64 {
	const eps = 1.0 / (1 << 53)
	x := reducePi(math.Abs(2 * real(z)))
	y := math.Abs(2 * imag(z))
	x = x * x
	y = y * y
	xp, yp, fact, n, sum := 1.0, 1.0, 1.0, 0.0, 0.0
	for {
		n++
		fact *= n
		n++
		fact *= n
		xp *= x
		yp *= y
		t := (yp + xp) / fact
		sum += t
		n++
		fact *= n
		n++
		fact *= n
		xp *= x
		yp *= y
		t = (yp - xp) / fact
		sum += t
		if !(math.Abs(t/sum) > eps) {
			break
		}
	}
	return sum
}

// invPi holds the binary digits of 1/Pi: word 0 its integer part (0),
// word i the fraction bits 64(i-1) .. 64i-1 (computed with exact integer
// arithmetic from Machin's formula).
var invPi = [...]uint64{
	0x0000000000000000, 0x517cc1b727220a94, 0xfe13abe8fa9a6ee0, 0x6db14acc9e21c820,
	0xff28b1d5ef5de2b0, 0xdb92371d2126e970, 0x0324977504e8c90e, 0x7f0ef58e5894d39f,
	0x74411afa975da242, 0x74ce38135a2fbf20, 0x9cc8eb1cc1a99cfa, 0x4e422fc5defc941d,
	0x8ffc4bffef02cc07, 0xf79788c5ad05368f, 0xb69b3f6793e584db, 0xa7a31fb34f2ff516,
	0xba93dd63f5f2f8bd, 0x9e839cfbc5294975, 0x35fdafd88fc6ae84, 0x2b0198237e3db5d5,
}

// reducePi returns x reduced modulo Pi into [-Pi/2, Pi/2] (x >= 0 or
// small).  Below 2^30 a three-part Pi (Cody and Waite) keeps t*Pi exact
// enough; above, the fraction of x/Pi comes from 192 bits of 1/Pi around
// x's exponent (Payne and Hanek), so no precision is lost to the size of x.
func reducePi(x float64) float64 {
	if math.Abs(x) < 1<<30 {
		const (
			pi1 = 3.141592502593994      // 0x400921fb40000000
			pi2 = 1.5099578831723193e-07 // 0x3e84442d00000000
			pi3 = 1.0780605716316238e-14 // 0x3d08469898cc5170
		)
		k := x / math.Pi
		k += 0.5
		k = float64(int64(k))
		return ((x - k*pi1) - k*pi2) - k*pi3
	}
	const fracBits = 52
	b := math.Float64bits(x)
	exp := int(b>>fracBits&0x7FF) - 1023 - fracBits
	mant := b&(1<<fracBits-1) | 1<<fracBits
	// the 192 bits of 1/Pi that, times mant * 2^exp, give the fraction
	word, sh := uint(exp+64)/64, uint(exp+64)%64
	w0 := invPi[word]<<sh | invPi[word+1]>>(64-sh)
	w1 := invPi[word+1]<<sh | invPi[word+2]>>(64-sh)
	w2 := invPi[word+2]<<sh | invPi[word+3]>>(64-sh)
	hi2, _ := bits.Mul64(w2, mant)
	hi1, lo1 := bits.Mul64(w1, mant)
	lo0 := w0 * mant
	lo, carry := bits.Add64(lo1, hi2, 0)
	hi, _ := bits.Add64(lo0, hi1, carry)
	// hi:lo is the fraction in [0, 1): normalise it into a float64
	lz := uint(bits.LeadingZeros64(hi))
	e := uint64(1023 - (lz + 1))
	hi = hi<<(lz+1) | lo>>(64-(lz+1))
	hi >>= 64 - fracBits
	hi |= e << fracBits
	f := math.Float64frombits(hi)
	if f > 0.5 {
		f--
	}
	return math.Pi * f
}
