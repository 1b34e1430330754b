// Integer and floating-point corner cases a numerics post lists: wrapping
// arithmetic at every width, signed/unsigned conversions, shifts, math/bits
// helpers, float rounding, special values and their formatting, integer
// division and modulo signs, and constant expressions.
package main

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
)

func main() {
	fmt.Println("== wrapping")
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i16 int16 = -32768
	i16 = -i16
	var i32 int32 = math.MaxInt32
	i32 += 2
	var u64 uint64 = math.MaxUint64
	u64 += 3
	i64 := int64(math.MinInt64)
	fmt.Println(i8, u8, i16, i32, u64, -i64, i64/-1*1)
	m1, m2, top := int32(-1), int8(-2), uint32(1<<31)
	fmt.Println(int8(200+0*int(i8)), uint16(m1), uint32(m2), int64(top), int32(top))
	f := 3.99
	nf := -3.99
	fmt.Println(int(f), int(nf), int64(1e18), uint8(int(f)*100))

	fmt.Println("== division")
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		fmt.Printf("%d/%d=%d %d%%%d=%d  ", p[0], p[1], p[0]/p[1], p[0], p[1], p[0]%p[1])
	}
	fmt.Println()
	fmt.Println(math.Mod(-7, 2), math.Remainder(7, 2), math.Floor(-3.5), math.Ceil(-3.5), math.Trunc(-3.5), math.Round(-3.5), math.RoundToEven(2.5))

	fmt.Println("== shifts")
	x := uint32(0xF0F0_1234)
	var sh uint = 36
	fmt.Printf("%#x %#x %#x %#x\n", x<<4, x>>28, x<<sh, int32(x)>>sh)
	fmt.Println(1<<10, -1<<3, -17>>2, uint8(1)<<7>>7)

	fmt.Println("== math/bits")
	for _, v := range []uint64{0, 1, 6, 255, 1 << 40, math.MaxUint64} {
		fmt.Printf("%-20d len=%2d ones=%2d tz=%2d lz=%2d rev8=%#x\n", v, bits.Len64(v), bits.OnesCount64(v),
			bits.TrailingZeros64(v), bits.LeadingZeros64(v), bits.ReverseBytes64(v)&0xff)
	}
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	diff, borrow := bits.Sub64(0, 1, 0)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(hi, lo, sum, carry, diff, borrow, q, r)
	fmt.Println(bits.RotateLeft8(0b1000_0001, 1), bits.RotateLeft32(1, -1), bits.Reverse8(0b0000_0110), bits.UintSize)

	fmt.Println("== floats")
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, math.Abs(a+b-0.3) < 1e-9, float32(a)+float32(b))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64, math.MaxInt64, math.MinInt64)
	inf := math.Inf(1)
	nan := math.NaN()
	negZero := math.Copysign(0, -1)
	fmt.Println(inf, -inf, nan, negZero, 1/negZero, inf-inf, nan == nan, math.IsNaN(nan), math.Signbit(negZero))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1), math.Exp(710), math.Pow(0, -1), math.Hypot(3, 4), math.Cbrt(27))
	fmt.Println(math.Float64bits(1.0), math.Float32bits(-2.5), math.Float64frombits(0x4009_21FB_5444_2D18))
	frac, exp := math.Frexp(40)
	intp, fracp := math.Modf(-2.75)
	fmt.Println(frac, exp, math.Ldexp(0.625, 6), intp, fracp)
	fmt.Println(math.Max(3, nan), math.Min(-0.0, 0), math.Dim(5, 3), math.Dim(3, 5), math.Trunc(1e300))
	var f32 float32 = 16777216
	fmt.Println(f32+1, float64(f32)+1, float32(1)/3, 1.0/3)
	fmt.Printf("%.20f %.20f\n", 0.1, float32(0.1))
	fmt.Println(strconv.FormatFloat(1/3.0, 'g', 17, 64), strconv.FormatFloat(2.0/3, 'e', -1, 32))
	fmt.Println(7.0/2, 7/2, 7/2.0, float64(7)/2, 1e6, 1e21, 123456789.0, 1.0e-5, 100*1.1)

	fmt.Println("== constants")
	const big = 1 << 100
	const huge = big * big
	fmt.Println(big>>98, huge>>199, big/3%1000, math.Pi*2, 'a'+1, string(rune('a'+1)))
	const typed int16 = 1000
	fmt.Println(typed*30, typed/7, 5.0/2, 5/2, 1e3 == 1000)
	type Weekday int
	const (
		Sunday Weekday = iota
		Monday
		Tuesday
		_
		Thursday
	)
	const (
		_  = iota
		KB = 1 << (10 * iota)
		MB
		GB
	)
	fmt.Println(Sunday, Monday, Thursday, KB, MB, GB, GB/MB)
}
