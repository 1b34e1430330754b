package main

import (
	"fmt"
	"math"
)

// Out-of-range float to integer conversions are implementation-dependent
// in Go; programs see what gc's amd64 code gives (CVTTSD2SQ/CVTTSD2SL:
// the smallest integer; uint64 through the 2^63 branch with an OR;
// int8/int16/uint8/uint16 through int32; uint32 through int64).

//go:noinline
func conv64(f float64) (int64, int32, int16, int8, int, uint64, uint32, uint16, uint8, uint, uintptr) {
	return int64(f), int32(f), int16(f), int8(f), int(f), uint64(f), uint32(f), uint16(f), uint8(f), uint(f), uintptr(f)
}

//go:noinline
func conv32(f float32) (int64, int32, int16, int8, uint64, uint32, uint16, uint8) {
	return int64(f), int32(f), int16(f), int8(f), uint64(f), uint32(f), uint16(f), uint8(f)
}

type Celsius float64
type Count uint64

func main() {
	vals := []float64{0, -0.5, 3.99, -3.99, 127.5, 200, -129, 40000, -40000, 70000.7, 3e9, -3e9, 5e9,
		1e10, -1e10, 9.3e18, -9.3e18, 1.2e19, 1.9e19, 1e20, -1e20, math.MaxFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 1 << 63, -(1 << 63), 1 << 64}
	for _, v := range vals {
		fmt.Println(v, "->")
		fmt.Println("  ", fmt.Sprint(conv64(v)))
		fmt.Println("  ", fmt.Sprint(conv32(float32(v))))
	}
	// constant arguments of a noinline function: the C compiler must not
	// fold an undefined conversion into something else
	a, b, _, _, _, c, d, _, e, _, _ := conv64(1e10)
	fmt.Println(a, b, c, d, e)
	a, b, _, _, _, c, d, _, e, _, _ = conv64(math.NaN())
	fmt.Println(a, b, c, d, e)
	t := Celsius(1e30)
	fmt.Println(Count(t), Count(-t), int32(t))
	x := 2.5e9
	fmt.Println(int32(x), uint32(x), int64(x), uint64(x), int32(-x), uint32(-x))
}
