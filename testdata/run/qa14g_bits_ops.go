package main

import (
	"fmt"
	"math/bits"
)

type BitSet []uint64

func NewBitSet(n int) BitSet { return make(BitSet, (n+63)/64) }

func (b BitSet) Set(i int)        { b[i/64] |= 1 << (uint(i) % 64) }
func (b BitSet) Clear(i int)      { b[i/64] &^= 1 << (uint(i) % 64) }
func (b BitSet) Has(i int) bool   { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b BitSet) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

// Next returns the first set bit >= i, or -1.
func (b BitSet) Next(i int) int {
	w := i / 64
	if w >= len(b) {
		return -1
	}
	word := b[w] >> (uint(i) % 64)
	if word != 0 {
		return i + bits.TrailingZeros64(word)
	}
	for w++; w < len(b); w++ {
		if b[w] != 0 {
			return w*64 + bits.TrailingZeros64(b[w])
		}
	}
	return -1
}

func sieve(n int) BitSet {
	composite := NewBitSet(n + 1)
	composite.Set(0)
	composite.Set(1)
	for i := 2; i*i <= n; i++ {
		if !composite.Has(i) {
			for j := i * i; j <= n; j += i {
				composite.Set(j)
			}
		}
	}
	primes := NewBitSet(n + 1)
	for i := 0; i <= n; i++ {
		if !composite.Has(i) {
			primes.Set(i)
		}
	}
	return primes
}

func grayCode(n uint) uint     { return n ^ (n >> 1) }
func fromGray(g uint) uint {
	for shift := uint(1); shift < 64; shift <<= 1 {
		g ^= g >> shift
	}
	return g
}

func nextPow2(x uint32) uint32 {
	if x <= 1 {
		return 1
	}
	return 1 << (32 - bits.LeadingZeros32(x-1))
}

func main() {
	p := sieve(200)
	fmt.Println("primes <= 200:", p.Count())
	var first []int
	for i := p.Next(0); i >= 0 && len(first) < 12; i = p.Next(i + 1) {
		first = append(first, i)
	}
	fmt.Println(first)
	fmt.Println("next after 113:", p.Next(114), "after 199:", p.Next(200))

	for _, x := range []uint32{0, 1, 5, 16, 17, 1000, 1 << 31} {
		fmt.Printf("nextPow2(%d)=%d len=%d\n", x, nextPow2(x), bits.Len32(x))
	}
	for i := uint(0); i < 8; i++ {
		g := grayCode(i)
		fmt.Printf("%d:%03b:%d ", i, g, fromGray(g))
	}
	fmt.Println()

	x := uint64(0x0123456789abcdef)
	fmt.Printf("%#x rev=%#x bytes=%#x\n", x, bits.Reverse64(x), bits.ReverseBytes64(x))
	fmt.Printf("rotl8=%#x rotr8=%#x\n", bits.RotateLeft64(x, 8), bits.RotateLeft64(x, -8))
	fmt.Println("lz", bits.LeadingZeros64(x), "tz", bits.TrailingZeros64(x), "ones", bits.OnesCount64(x))
	fmt.Println(bits.Reverse8(0b00010110), bits.OnesCount16(0xffff), bits.Len(0), bits.UintSize)

	hi, lo := bits.Mul64(0xffffffffffffffff, 0xffffffffffffffff)
	fmt.Printf("mul hi=%#x lo=%#x\n", hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println("add", sum, carry)
	diff, borrow := bits.Sub64(3, 5, 0)
	fmt.Println("sub", diff, borrow)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println("div", q, r)
	q32, r32 := bits.Div32(0, 100, 7)
	fmt.Println("div32", q32, r32)

	var b BitSet = NewBitSet(130)
	for _, i := range []int{0, 63, 64, 127, 129} {
		b.Set(i)
	}
	b.Clear(64)
	fmt.Println(b.Count(), b.Has(63), b.Has(64), b.Next(65), len(b))
	fmt.Printf("%064b\n", b[0])
}
