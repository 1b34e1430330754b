// A bitset and a small-object allocator built from many tiny helpers that
// the compiler inlines: shifts, masks, &^, 3-index slices, labeled loops.
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

const wordBits = 64

type Bitset []uint64

func wordsFor(n int) int           { return (n + wordBits - 1) / wordBits }
func NewBitset(n int) Bitset       { return make(Bitset, wordsFor(n)) }
func (b Bitset) Set(i int)         { b[i/wordBits] |= 1 << (uint(i) % wordBits) }
func (b Bitset) Clear(i int)       { b[i/wordBits] &^= 1 << (uint(i) % wordBits) }
func (b Bitset) Has(i int) bool    { return b[i/wordBits]&(1<<(uint(i)%wordBits)) != 0 }
func (b Bitset) Flip(i int)        { b[i/wordBits] ^= 1 << (uint(i) % wordBits) }
func (b Bitset) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

func (b Bitset) FirstClear() int {
	for wi, w := range b {
		if w != ^uint64(0) {
			return wi*wordBits + bits.TrailingZeros64(^w)
		}
	}
	return -1
}

func (b Bitset) String() string {
	var sb strings.Builder
	for i := 0; i < len(b)*wordBits && i < 80; i++ {
		if b.Has(i) {
			sb.WriteByte('1')
		} else {
			sb.WriteByte('0')
		}
	}
	return sb.String()
}

// SlotAlloc hands out fixed-size slots of one byte slice.
type SlotAlloc struct {
	mem   []byte
	used  Bitset
	size  int
	slots int
}

func NewSlotAlloc(slots, size int) *SlotAlloc {
	return &SlotAlloc{mem: make([]byte, slots*size), used: NewBitset(slots), size: size, slots: slots}
}

func (a *SlotAlloc) slot(i int) []byte {
	off := i * a.size
	return a.mem[off : off+a.size : off+a.size]
}

func (a *SlotAlloc) Alloc() ([]byte, int) {
	i := a.used.FirstClear()
	if i < 0 || i >= a.slots {
		return nil, -1
	}
	a.used.Set(i)
	return a.slot(i), i
}

func (a *SlotAlloc) Free(i int) {
	s := a.slot(i)
	for j := range s {
		s[j] = 0
	}
	a.used.Clear(i)
}

func findPair(b Bitset, n int) (int, int) {
outer:
	for i := 0; i < n; i++ {
		if !b.Has(i) {
			continue
		}
		for j := i + 1; j < n; j++ {
			if b.Has(j) {
				if (j-i)%7 == 0 {
					return i, j
				}
				continue outer
			}
		}
	}
	return -1, -1
}

func main() {
	b := NewBitset(100)
	for _, i := range []int{0, 3, 7, 64, 65, 99} {
		b.Set(i)
	}
	b.Clear(3)
	b.Flip(4)
	fmt.Println(b.Count(), b.Has(64), b.Has(3), b.FirstClear(), len(b))
	fmt.Println(b)
	fmt.Println(findPair(b, 100))

	a := NewSlotAlloc(5, 8)
	s0, i0 := a.Alloc()
	s1, i1 := a.Alloc()
	copy(s0, "slot-zero-overflow")
	copy(s1, "one")
	fmt.Printf("%q %q %d %d\n", s0, s1, i0, i1)
	a.Free(i0)
	s2, i2 := a.Alloc()
	fmt.Printf("%q %d %d\n", s2, i2, cap(s2))
	for {
		if _, i := a.Alloc(); i < 0 {
			break
		}
	}
	fmt.Println(a.used.Count(), a.used)
	s1 = append(s1, 'X') // full-slice expression: append reallocates
	fmt.Printf("%q %q\n", s1, a.slot(1))
}
