package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet struct {
	words []uint64
}

func (b *BitSet) Set(i int) {
	for i/64 >= len(b.words) {
		b.words = append(b.words, 0)
	}
	b.words[i/64] |= 1 << (uint(i) % 64)
}

func (b *BitSet) Has(i int) bool {
	w := i / 64
	return w < len(b.words) && b.words[w]&(1<<(uint(i)%64)) != 0
}

func (b *BitSet) Count() int {
	n := 0
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b *BitSet) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	for wi, w := range b.words {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			if sb.Len() > 1 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%d", wi*64+t)
			w &= w - 1
		}
	}
	sb.WriteByte('}')
	return sb.String()
}

func popcountTable(x uint64) int {
	var pc [256]byte
	for i := range pc {
		pc[i] = pc[i/2] + byte(i&1)
	}
	n := 0
	for i := 0; i < 8; i++ {
		n += int(pc[byte(x>>(i*8))])
	}
	return n
}

func grayCode(n uint) uint { return n ^ (n >> 1) }

func nextPow2(x uint32) uint32 {
	if x <= 1 {
		return 1
	}
	return 1 << bits.Len32(x-1)
}

func main() {
	xs := []uint64{0, 1, 0xFF, 0x8000000000000000, 0xDEADBEEFCAFEBABE, 1<<64 - 1}
	for _, x := range xs {
		fmt.Printf("%#x ones=%d lz=%d tz=%d len=%d pc=%d rev=%#x bswap=%#x rotl=%#x rotr=%#x\n",
			x, bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x), popcountTable(x),
			bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 8), bits.RotateLeft64(x, -4))
	}
	fmt.Println(bits.OnesCount8(0xAA), bits.LeadingZeros8(1), bits.Len8(0), bits.Reverse8(1), bits.RotateLeft8(0x81, 1))
	fmt.Println(bits.OnesCount16(0xFFFF), bits.Reverse16(1), bits.ReverseBytes16(0x1234), bits.TrailingZeros16(0))
	fmt.Println(bits.OnesCount32(0xF0F0F0F0), bits.Len32(1000), bits.ReverseBytes32(0x01020304), bits.RotateLeft32(1, -1))
	fmt.Println(bits.UintSize, bits.OnesCount(7), bits.Len(255), bits.TrailingZeros(8), bits.LeadingZeros(1))
	s, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(s, carry)
	d, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(d, borrow)
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	s32, c32 := bits.Add32(0xFFFFFFFF, 1, 0)
	h32, l32 := bits.Mul32(0x10000, 0x10000)
	fmt.Println(s32, c32, h32, l32, bits.Rem64(5, 7, 9))
	var bs BitSet
	for _, i := range []int{1, 5, 64, 63, 200, 5} {
		bs.Set(i)
	}
	fmt.Println(bs.String(), bs.Count(), bs.Has(63), bs.Has(62), bs.Has(1000), len(bs.words))
	for i := uint(0); i < 8; i++ {
		fmt.Printf("%03b ", grayCode(i))
	}
	fmt.Println()
	for _, x := range []uint32{0, 1, 2, 3, 17, 1024, 1025} {
		fmt.Print(nextPow2(x), " ")
	}
	fmt.Println()
	x := uint16(0b1011_0000_0000_0001)
	fmt.Printf("%016b %016b %016b %016b\n", x, x&-x, x&(x-1), x|(x+1))
	var flags uint8
	flags |= 1 << 3
	flags |= 1 << 0
	flags &^= 1 << 0
	flags ^= 0xF0
	fmt.Printf("%08b %v %d\n", flags, flags&(1<<3) != 0, bits.OnesCount8(flags))
	n := -37
	fmt.Println(n>>1, n>>10, uint(n)>>60, n&0xF, n|0xF, n^-1, -n&n)
	abs := func(v int64) int64 { m := v >> 63; return (v ^ m) - m }
	fmt.Println(abs(-5), abs(5), abs(-1<<63))
	sign := func(v int) int { return (v >> 63) | int(uint(-v)>>63) }
	fmt.Println(sign(-9), sign(0), sign(9))
}
