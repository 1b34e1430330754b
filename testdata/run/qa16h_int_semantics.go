package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 wrap", i8, -i8, i8-1)
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 wrap", u8, u8+1, ^u8)
	var i32 int32 = math.MinInt32
	fmt.Println("neg min", -i32, i32/-1, i32%-1)
	var i64 int64 = math.MinInt64
	m1 := int64(-1)
	fmt.Println("min64 / -1", i64/m1, i64%m1)

	// truncated division and modulo follow the dividend's sign
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		fmt.Printf("%d/%d=%d %d%%%d=%d\n", p[0], p[1], p[0]/p[1], p[0], p[1], p[0]%p[1])
	}
	// shifts: counts >= width give 0 (or -1 for negative signed)
	x := int32(-8)
	u := uint32(0x80000001)
	for _, s := range []uint{1, 4, 31, 32, 40} {
		fmt.Printf("s=%d  x<<s=%d x>>s=%d u<<s=%#x u>>s=%#x\n", s, x<<s, x>>s, u<<s, u>>s)
	}
	var sh int = 3
	one8 := int8(1)
	fmt.Println(1<<sh, one8<<7, uint16(1)<<15>>sh)

	// conversions between sizes
	big := 0x12345678
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big))
	neg := -1
	fmt.Println(uint32(neg), uint64(neg), uint8(neg))
	f := 3.99
	nf := -3.99
	fmt.Println(int(f), int(nf), int64(1e18), uint8(int(f)*100))

	// constants are exact; typed constants overflow at compile time only
	const huge = 1 << 100
	fmt.Println(huge>>98, huge/(1<<97))
	const third = 1.0 / 3
	fmt.Println(third*3 == 1, float32(third))

	// bitwise
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	fmt.Println(^0, ^uint16(0), -(^0))

	// unsigned compare and arithmetic
	var ua, ub uint = 3, 5
	fmt.Println(ua-ub > ua, (ua-ub)+ub)

	// float specials
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero, math.IsNaN(zero/zero))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64)
	var r rune = 'A' + 2
	var by byte = 'z' - 25
	fmt.Println(r, string(r), by, string(by))
	fmt.Printf("%d %x %o %b %c %U\n", 255, 255, 8, 5, 0x263A, 0x263A)
	h := uint32(2166136261)
	for _, c := range []byte("gopher") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv32a", h)
	cnt := 0
	for v := uint8(250); v >= 250; v++ {
		cnt++
	}
	fmt.Println("loop until wrap", cnt)
}
