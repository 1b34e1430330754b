package main

import (
	"fmt"
	"math"
	"math/bits"
)

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin Perm = 1 << 15
)

func (p Perm) String() string {
	s := ""
	for i, name := range []string{"r", "w", "x"} {
		if p&(1<<i) != 0 {
			s += name
		} else {
			s += "-"
		}
	}
	if p&Admin != 0 {
		s += "A"
	}
	return s
}

func popcountNaive(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	var u8 uint8 = 250
	var i8 int8 = 120
	var i16 int16 = math.MaxInt16
	var u32 uint32 = 0
	var i64 int64 = math.MaxInt64
	for i := 0; i < 3; i++ {
		u8 += 3
		i8 += 5
	}
	i16++
	u32--
	i64++
	fmt.Println(u8, i8, i16, u32, i64)
	fmt.Println(-i64, -math.MinInt64 == math.MinInt64, uint8(300%256), int8(-128)/int8(1))
	big := uint64(1) << 63
	fmt.Println(big, big*2, big-1, int64(big), ^uint(0), ^0)
	var x uint32 = 0xF0F0_1234
	fmt.Printf("%032b\n%08x %d %d %d %d\n", x, bits.Reverse32(x), bits.OnesCount32(x), bits.LeadingZeros32(x>>4), bits.TrailingZeros32(x), bits.Len32(x))
	fmt.Printf("%x %x %x\n", bits.RotateLeft32(x, 8), bits.RotateLeft32(x, -4), bits.ReverseBytes32(x))
	for _, v := range []uint64{0, 1, 255, 1 << 40, math.MaxUint64} {
		fmt.Print(bits.OnesCount64(v) == popcountNaive(v), bits.Len64(v), " ")
	}
	fmt.Println()
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	diff, borrow := bits.Sub64(0, 1, 0)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(hi, lo, sum, carry, diff, borrow, q, r)
	fmt.Println(bits.UintSize, bits.LeadingZeros8(1), bits.TrailingZeros16(0), bits.Len8(0))
	p := Read | Exec
	fmt.Println(p, p|Write, p&^Read, Perm(0), Admin|Write, p^Exec)
	fmt.Printf("%v %d %b %#o\n", Admin, Admin, p, p)
	// shifts
	var s uint = 70
	one := 1
	i32, i8b, u8b := int32(1), int8(1), uint8(1)
	fmt.Println(one<<s, i32<<31, i8b<<7, u8b<<8>>1, -8>>1, -1>>60, uint(1)<<(s-7))
	var neg int64 = -17
	fmt.Println(neg>>2, neg/4, neg%4, uint64(neg)>>60, neg&0xF)
	// conversions wrap
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)+254), int32(i64+1<<40+5), uint16(int16(i8)-2))
	h := uint32(2166136261)
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Printf("fnv32a=%08x\n", h)
	var acc uint64 = 1
	for i := uint64(1); i <= 25; i++ {
		acc *= i
	}
	fmt.Println("25! mod 2^64 =", acc)
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint32, uint64(math.MaxUint64), math.MaxInt)
}
