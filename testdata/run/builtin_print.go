package main

import "math"

func main() {
	fs := []float64{0, 1, -1, 1.5, 0.1, 123456789, 1e-300, 1e300, 3.14159265358979, 2.5e-5, 9.9999999, 99999995, 0.000123456789, 1e21, 5e-324, math.MaxFloat64, -0.5, 7}
	for _, f := range fs {
		println(f)
	}
	println(math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1))
	println(float32(0.1), float32(16777216), float32(1)/3)
	println(int64(-9223372036854775808), uint64(18446744073709551615), true, false, "str", 'x')
	var p *int
	println(p)
	var s []int
	println(s == nil, len(s))
}
