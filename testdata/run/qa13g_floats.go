package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strconv"
)

type Vec struct{ X, Y float64 }

func (v Vec) Len() float64     { return math.Hypot(v.X, v.Y) }
func (v Vec) Add(w Vec) Vec     { return Vec{v.X + w.X, v.Y + w.Y} }
func (v Vec) String() string    { return fmt.Sprintf("(%.3g, %.3g)", v.X, v.Y) }

func roots(a, b, c float64) (complex128, complex128) {
	d := cmplx.Sqrt(complex(b*b-4*a*c, 0))
	return (complex(-b, 0) + d) / complex(2*a, 0), (complex(-b, 0) - d) / complex(2*a, 0)
}

func mandel(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return 50
}

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 2.0 / 3, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456.789, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%.2f|%8.3g|%G|%x|", v, v, v, v, v, v, v)
		fmt.Println(v, float32(v), strconv.FormatFloat(v, 'g', 5, 64))
	}
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Trunc(-2.7), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1), math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Cbrt(-8), math.Abs(math.Inf(-1)))
	fmt.Println(math.IsNaN(math.NaN()), math.NaN() == math.NaN(), math.IsInf(1/math.Inf(1), 0), math.Signbit(math.Copysign(0, -1)))
	nan := math.NaN()
	fmt.Println(nan < 1, nan > 1, nan != nan, math.Max(nan, 1), math.Min(-0.0, 0), math.Max(3, math.Inf(1)))
	frac, exp := math.Frexp(12)
	fmt.Println(frac, exp, math.Ldexp(0.75, 4), math.Float64bits(1.0), math.Float32bits(-2), math.Float64frombits(0x7FF0000000000001))
	ip, fp := math.Modf(-3.75)
	fmt.Println(ip, fp, math.Hypot(3, 4), math.Atan2(1, -1), math.Sin(math.Pi), math.Exp(1) == math.E)
	var f32 float32 = 16777216
	fmt.Println(f32+1, f32+2, float32(1)/float32(3)*3, float32(0.1)*3)
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1, math.Abs(sum-1) < 1e-9)
	fmt.Println(Vec{3, 4}.Len(), Vec{1, 2}.Add(Vec{0.5, -2}), []Vec{{1e10, 1e-10}})
	c1 := complex(3, 4)
	c2 := 1 - 2i
	fmt.Println(c1, c2, c1+c2, c1*c2, c1/c2, real(c1*c2), imag(c1/c2), cmplx.Abs(c1), cmplx.Conj(c1))
	fmt.Printf("%v %.2f %+.1e %g %8.2f|\n", c1, c1, c2, c1*1i, c2)
	var c64 complex64 = complex64(c1)
	fmt.Printf("%v %T %T\n", c64/3, c64, real(c64))
	r1, r2 := roots(1, -3, 2)
	r3, r4 := roots(1, 2, 5)
	fmt.Println(r1, r2, r3, r4)
	fmt.Println(cmplx.Sqrt(-1), cmplx.Exp(complex(0, math.Pi)), cmplx.Inf(), cmplx.NaN(), cmplx.IsNaN(cmplx.NaN()))
	fmt.Printf("%.3f %.3f\n", cmplx.Pow(1i, 2), cmplx.Log(-1))
	fmt.Println(complex(math.Inf(1), math.NaN()), c1 == complex(3, 4), complex(0, 0) == -complex(0, 0))
	row := ""
	for y := 1.0; y >= -1; y -= 0.5 {
		for x := -2.0; x <= 0.5; x += 0.25 {
			n := mandel(complex(x, y))
			switch {
			case n == 50:
				row += "#"
			case n > 5:
				row += "+"
			default:
				row += "."
			}
		}
		row += "\n"
	}
	fmt.Print(row)
	f29, f255 := 2.9, 255.9
	fmt.Println(int(f29), int(-f29), int64(float32(1<<31)), uint8(f255), math.Float32frombits(0x3f800000))
	fmt.Println(strconv.FormatFloat(1234.5678, 'f', 2, 32), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64))
	fmt.Printf("%6.2f|%-8.3f|%08.3f|%+08.2f|% .3f|%.0f|%#.0f|%#g\n", math.Pi, -math.E, -3.14159, 2.5, 1.0, 2.5, 3.0, 1.0)
	fmt.Printf("%v %v %v %v\n", float32(1e-7), float32(123456789), float64(float32(3.3)), 100.0)
	fmt.Printf("%5.1f%%|%3c|%-4q|%#v|%#v\n", 12.345, 'x', 'y', 1.0, float32(2.5))
}
