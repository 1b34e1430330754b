package main

import (
	"fmt"
	"math"
)

//go:noinline
func addI8(a, b int8) int8 { return a + b }

//go:noinline
func mulI32(a, b int32) int32 { return a * b }

//go:noinline
func subU(a, b uint) uint { return a - b }

//go:noinline
func shl(x int64, s uint) int64 { return x << s }

//go:noinline
func shr(x int64, s uint) int64 { return x >> s }

//go:noinline
func ushr(x uint32, s int) uint32 { return x >> s }

func hash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func lcg(seed uint64, n int) []uint64 {
	out := make([]uint64, n)
	for i := range out {
		seed = seed*6364136223846793005 + 1442695040888963407
		out[i] = seed >> 33
	}
	return out
}

func main() {
	fmt.Println(addI8(127, 1), addI8(-128, -1), addI8(100, 100))
	fmt.Println(mulI32(1<<20, 1<<12), mulI32(math.MaxInt32, 2), mulI32(-65536, 65536))
	fmt.Println(subU(0, 1), subU(3, 5))
	for _, s := range []uint{0, 1, 31, 32, 63, 64, 65, 200} {
		fmt.Println(s, shl(1, s), shl(-3, s), shr(-1<<62, s), shr(1<<62, s), ushr(0x80000000, int(s%40)))
	}
	var u8 uint8 = 250
	for i := 0; i < 10; i++ {
		u8++
	}
	fmt.Println(u8)
	var i16 int16 = math.MaxInt16
	i16++
	fmt.Println(i16, -i16, i16-1)
	mi := math.MinInt64
	fmt.Println(mi, -mi, mi/-1 == mi, mi%-1)
	x := int64(math.MinInt64)
	y := int64(-1)
	fmt.Println(x/y, x%y)
	var i8 int8 = -128
	fmt.Println(i8/-1, -i8, i8*-1)
	u255 := uint8(255)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, -7>>1, u255+uint8(1))
	k200, k7e4, k40 := 200, 70000, int64(1)<<40+5
	m1 := int8(-1)
	fmt.Println(int8(k200), uint16(k7e4), int32(k40), uint8(m1))
	big := 1 << 62
	fmt.Println(big*4, big*2, uint64(big)*4)
	fmt.Println(hash("hello"), hash(""), hash("gopher"))
	fmt.Println(lcg(42, 5))
	var f float64 = 1e300
	fmt.Println(f*f, -f*f, f*f-f*f)
	c0 := 0
	fmt.Println(math.MaxUint32, uint32(math.MaxUint32)+uint32(c0+1), math.MaxInt8, math.MinInt8)
	var c uint32 = 1
	for i := 0; i < 33; i++ {
		c <<= 1
	}
	fmt.Println(c)
	a := []int{math.MaxInt64, 1}
	fmt.Println(a[0]+a[1], a[0]*a[0], ^a[0], ^0, ^uint8(3), -(-128))
	var b byte = 0x0F
	fmt.Println(b&^0x05, b|0xF0, b^0xFF, b<<4, b<<5, b>>1, ^b)
	z := 0
	fmt.Println(uint(z-1) == math.MaxUint, int64(uint64(1<<63)+uint64(z+1)-1) == math.MinInt64)
	fmt.Printf("%d %x %b\n", int8(-1), uint16(0xFFFF)+uint16(z+1), int8(-128))
	var acc int32
	for i := int32(1); i <= 20; i++ {
		acc = acc*31 + i
	}
	fmt.Println(acc)
	n := uint8(3)
	fmt.Println(1<<n, int8(1)<<(n+4), uint8(1)<<n<<5)
}
