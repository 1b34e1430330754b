// Many small helpers of the kind an allocation-conscious programmer writes
// (clamp, swap, min/max, bit tricks, ring-buffer index math, byte parsing)
// whose inlining decisions and costs show up in -m.
package main

import (
	"errors"
	"fmt"
	"math/bits"
	"unicode/utf8"
)

func clamp(x, lo, hi int) int {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func swap(a, b *int) { *a, *b = *b, *a }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func nextPow2(n uint) uint {
	if n <= 1 {
		return 1
	}
	return 1 << (bits.Len(n - 1))
}

type Ring struct {
	buf  []int
	head int
	size int
}

func NewRing(n int) *Ring {
	return &Ring{buf: make([]int, nextPow2(uint(n)))}
}

func (r *Ring) mask(i int) int { return i & (len(r.buf) - 1) }

func (r *Ring) Push(v int) {
	r.buf[r.mask(r.head+r.size)] = v
	if r.size < len(r.buf) {
		r.size++
	} else {
		r.head = r.mask(r.head + 1)
	}
}

func (r *Ring) At(i int) int { return r.buf[r.mask(r.head+i)] }

var errSyntax = errors.New("bad digit")

func parseUint(s string) (uint64, error) {
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, errSyntax
		}
		n = n*10 + uint64(c-'0')
	}
	return n, nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func countRunes(s string) (n int) {
	for range s {
		n++
	}
	return
}

func hasBit(x uint32, i uint) bool { return x&(1<<i) != 0 }

func popcount(xs []uint64) (n int) {
	for _, x := range xs {
		n += bits.OnesCount64(x)
	}
	return n
}

func main() {
	fmt.Println(clamp(-5, 0, 10), clamp(50, 0, 10), clamp(7, 0, 10))
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b, abs(-9), nextPow2(5), nextPow2(16))

	r := NewRing(3)
	for i := 1; i <= 6; i++ {
		r.Push(i * i)
	}
	fmt.Println(r.size, r.At(0), r.At(1), r.At(3))

	for _, s := range []string{"12345", "12a", ""} {
		n, err := parseUint(s)
		fmt.Println(s, n, err)
	}
	fmt.Println(isASCII("hello"), isASCII("héllo"), countRunes("héllo"), utf8.RuneCountInString("日本"))
	fmt.Println(hasBit(5, 0), hasBit(5, 1), popcount([]uint64{1, 3, 7, 0xff}))
}
