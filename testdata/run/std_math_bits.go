package main

import (
	"fmt"
	"math/bits"
)

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	h := uint64(0)
	mix := func(v uint64) { h = h*1000003 ^ v }
	for i := 0; i < 20000; i++ {
		x, y, z := next(), next(), next()
		if i%4 == 1 {
			x >>= uint(next() % 64)
		}
		if i%4 == 2 {
			y >>= uint(next() % 64)
		}
		mix(uint64(bits.LeadingZeros64(x)) + uint64(bits.TrailingZeros64(y))<<8 + uint64(bits.OnesCount64(z))<<16 + uint64(bits.Len64(x>>uint(i%64)))<<24)
		mix(uint64(bits.LeadingZeros32(uint32(x))) + uint64(bits.TrailingZeros16(uint16(y)))<<8 + uint64(bits.OnesCount8(uint8(z)))<<16 + uint64(bits.Len8(uint8(x)))<<24)
		mix(bits.Reverse64(x) ^ uint64(bits.Reverse32(uint32(y))) ^ uint64(bits.Reverse16(uint16(z))) ^ uint64(bits.Reverse8(uint8(x))))
		mix(bits.ReverseBytes64(x) ^ uint64(bits.ReverseBytes32(uint32(y))) ^ uint64(bits.ReverseBytes16(uint16(z))))
		mix(bits.RotateLeft64(x, int(y%130)-65) ^ uint64(bits.RotateLeft32(uint32(x), -int(z%40))) ^ uint64(bits.RotateLeft8(uint8(y), int(z%9))))
		s, c := bits.Add64(x, y, z&1)
		d, b := bits.Sub64(x, y, z&1)
		mix(s ^ c<<7 ^ d ^ b<<9)
		hi, lo := bits.Mul64(x, y)
		mix(hi ^ lo)
		if z != 0 {
			q, r := bits.Div64(hi%z, lo, z)
			mix(q ^ r)
			mix(bits.Rem64(hi, lo, z))
		}
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		if uint32(z) > h32 {
			q, r := bits.Div32(h32, l32, uint32(z))
			mix(uint64(q)<<32 | uint64(r))
		}
		s32, c32 := bits.Add32(uint32(x), uint32(y), uint32(z&1))
		d32, b32 := bits.Sub32(uint32(x), uint32(y), uint32(z&1))
		mix(uint64(s32) ^ uint64(c32)<<40 ^ uint64(d32)<<3 ^ uint64(b32)<<50)
	}
	fmt.Printf("%x\n", h)
	fmt.Println(bits.LeadingZeros(0), bits.TrailingZeros(0), bits.TrailingZeros8(0), bits.Len(0), bits.OnesCount(1<<63|1), bits.UintSize)
	fmt.Println(bits.LeadingZeros8(1), bits.LeadingZeros16(1), bits.TrailingZeros32(0), bits.Len16(300), bits.Len32(1<<31))
	q, r := bits.Div(1, 5, 7)
	fmt.Println(q, r, bits.Rem(9, 9, 7), bits.Rem32(5, 5, 3))
	hi, lo := bits.Mul(1<<63, 4)
	fmt.Println(hi, lo)
	defer func() {
		e := recover()
		fmt.Println("recovered:", e)
		err, ok := e.(error)
		fmt.Println(ok, err)
	}()
	bits.Div64(5, 0, 5)
}
