package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	negz := math.Copysign(0, -1)
	vals := []float64{nan, inf, ninf, negz, 0, 1e21, 1e20, 123456789.0, 1e-5, 1e-4, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, 0.1 + 0.2, 1.0 / 3, 2.5, -2.5, 100}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%.3f|%8.2f|%G|%x|%s|%s\n", v, v, v, v, v, v, v,
			strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'g', 5, 64))
	}
	fmt.Println(nan == nan, nan != nan, inf > math.MaxFloat64, negz == 0, 1/negz, math.Signbit(negz))
	fmt.Println(math.IsNaN(nan), math.IsInf(ninf, -1), math.IsInf(inf, 0), math.Float64bits(negz))
	fmt.Printf("%+v %+.2f % .1f %08.2f %-8.1f| %+08.1f\n", inf, nan, ninf, ninf, nan, 3.0)
	fmt.Printf("%5v|%-6v|%06v|%+v\n", nan, inf, ninf, negz)
	var f32 float32 = 16777216
	fmt.Println(f32+1, float32(0.1), float64(float32(0.1)), float32(1)/3, math.MaxFloat32)
	big32 := float32(1e38)
	fmt.Println(big32*10, -big32*10, float32(math.NaN()))
	fmt.Printf("%v %g %.10g %e\n", float32(3.14159265358979), float32(1e-7), float32(2)/3, float32(123456))
	m := map[float64]string{nan: "a", 1: "one", nan: "b"}
	fmt.Println(len(m), m[1], m[nan] == "")
	m[negz] = "negz"
	fmt.Println(m[0], len(m))
	s := []float64{3, nan, -1, inf, 0, ninf, nan, 2}
	sort.Float64s(s)
	fmt.Println(s)
	for _, str := range []string{"NaN", "nan", "-Inf", "+inf", "infinity", "1e309", "-1e309", "0x1p-2", "1_000.5", ".5", "5.", "-0", "1e-400", "4.9e-324"} {
		v, err := strconv.ParseFloat(str, 64)
		fmt.Printf("%-10s %v %v\n", str, v, err)
	}
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.7), math.RoundToEven(2.5), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1), math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Hypot(3, 4), math.Cbrt(-8))
	fmt.Println(math.Max(nan, 1), math.Min(negz, 0), math.Abs(ninf), math.Float32bits(1), math.Float64frombits(0x7ff8000000000001))
	fmt.Println(int64(math.Inf(1)) == math.MinInt64 || true, uint8(vals[len(vals)-1]+155.9))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(-3.75)
	fmt.Println(frac, exp, math.Ldexp(0.5, 10), ip, fp)
	fmt.Println(strconv.FormatFloat(1234.5678, 'e', 3, 32), strconv.FormatFloat(1234.5678, 'E', -1, 64), strconv.FormatFloat(0.000001234, 'g', -1, 64), strconv.FormatFloat(-0.0, 'f', 2, 64))
	fmt.Println(1e100, 1e-100, 12345678.0, 123456789012.0, float32(1e10), 1e6, 1e5*10)
	total := 0.0
	for i := 0; i < 10; i++ {
		total += 0.1
	}
	fmt.Println(total, total == 1, math.Abs(total-1) < 1e-9, fmt.Sprintf("%.20f", total))
}
