package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.NaN() == math.NaN())
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8, math.SmallestNonzeroFloat64)
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Round(2.5), math.Round(-2.5), math.Hypot(3, 4))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Log(math.E), math.Log2(8), math.Log10(1000), math.Exp(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1))
	x := 300
	fmt.Println(int8(x), uint8(x), int16(70000), uint16(70000))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(1e18), float32(16777217))
	var big uint64 = math.MaxUint64
	fmt.Println(big, int64(big), float64(big))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), []byte(string(rune(233))))
	fmt.Println(CToF(100), CToF(-40))
	var i32 int32 = math.MaxInt32
	i32++
	fmt.Println(i32, -math.MaxInt32-1 == i32)
	fmt.Println(7>>1, -7>>1, uint(7)>>1, 1<<62, -1<<63 == math.MinInt64)
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Cbrt(27))
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero)
}
