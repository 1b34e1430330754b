// Memory-frugal sets: a bitset over []uint64 with math/bits, a Bloom
// filter on top of FNV hashes, and a comparison of their footprint with
// map[int]bool and map[int]struct{} (sizes computed, not measured, so the
// output is exact). Also a rolling window with container/ring.
package main

import (
	"container/ring"
	"fmt"
	"hash/fnv"
	"math"
	"math/bits"
	"strings"
	"unsafe"
)

type Bitset struct {
	words []uint64
	n     int
}

func NewBitset(n int) *Bitset {
	return &Bitset{words: make([]uint64, (n+63)/64), n: n}
}

func (b *Bitset) Set(i int)       { b.words[i/64] |= 1 << (uint(i) % 64) }
func (b *Bitset) Clear(i int)     { b.words[i/64] &^= 1 << (uint(i) % 64) }
func (b *Bitset) Has(i int) bool  { return b.words[i/64]&(1<<(uint(i)%64)) != 0 }

func (b *Bitset) Count() int {
	c := 0
	for _, w := range b.words {
		c += bits.OnesCount64(w)
	}
	return c
}

// Next returns the first set bit >= i, or -1.
func (b *Bitset) Next(i int) int {
	if i >= b.n {
		return -1
	}
	wi := i / 64
	w := b.words[wi] >> (uint(i) % 64)
	if w != 0 {
		return i + bits.TrailingZeros64(w)
	}
	for wi++; wi < len(b.words); wi++ {
		if b.words[wi] != 0 {
			return wi*64 + bits.TrailingZeros64(b.words[wi])
		}
	}
	return -1
}

func (b *Bitset) Union(o *Bitset) {
	for i := range b.words {
		b.words[i] |= o.words[i]
	}
}

func (b *Bitset) String() string {
	var parts []string
	for i := b.Next(0); i >= 0; i = b.Next(i + 1) {
		parts = append(parts, fmt.Sprint(i))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

type Bloom struct {
	bits *Bitset
	k    int
}

func NewBloom(n int, fp float64) *Bloom {
	m := int(math.Ceil(-float64(n) * math.Log(fp) / (math.Ln2 * math.Ln2)))
	k := int(math.Round(float64(m) / float64(n) * math.Ln2))
	return &Bloom{bits: NewBitset(m), k: k}
}

func (f *Bloom) hashes(s string) (uint32, uint32) {
	h := fnv.New64a()
	h.Write([]byte(s))
	v := h.Sum64()
	return uint32(v), uint32(v >> 32)
}

func (f *Bloom) Add(s string) {
	a, b := f.hashes(s)
	for i := 0; i < f.k; i++ {
		f.bits.Set(int((a + uint32(i)*b) % uint32(f.bits.n)))
	}
}

func (f *Bloom) MayContain(s string) bool {
	a, b := f.hashes(s)
	for i := 0; i < f.k; i++ {
		if !f.bits.Has(int((a + uint32(i)*b) % uint32(f.bits.n))) {
			return false
		}
	}
	return true
}

func main() {
	bs := NewBitset(200)
	for _, i := range []int{0, 1, 63, 64, 65, 127, 128, 199} {
		bs.Set(i)
	}
	bs.Clear(1)
	fmt.Println(bs, bs.Count(), bs.Has(64), bs.Has(66), bs.Next(66), bs.Next(200))
	other := NewBitset(200)
	for i := 0; i < 200; i += 50 {
		other.Set(i)
	}
	bs.Union(other)
	fmt.Println(bs, bs.Count())

	fmt.Println(bits.LeadingZeros32(1), bits.Len(255), bits.Reverse8(0b00010110), bits.RotateLeft16(0x00ff, 4))
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(hi, lo, sum, carry, bits.OnesCount(0xf0f0), bits.UintSize)

	const n = 1000000
	bitsetBytes := (n + 63) / 64 * 8
	fmt.Printf("1e6 flags: bitset %d KiB, []bool %d KiB, map entries >= %d KiB\n",
		bitsetBytes/1024, n*int(unsafe.Sizeof(false))/1024, n*int(unsafe.Sizeof(0)+unsafe.Sizeof(false))/1024)

	bf := NewBloom(1000, 0.01)
	fmt.Println("bloom bits:", bf.bits.n, "hashes:", bf.k, "bytes:", len(bf.bits.words)*8)
	for i := 0; i < 1000; i++ {
		bf.Add(fmt.Sprintf("user-%d", i))
	}
	missing := 0
	for i := 0; i < 1000; i++ {
		if !bf.MayContain(fmt.Sprintf("user-%d", i)) {
			missing++
		}
	}
	falsePos := 0
	for i := 1000; i < 11000; i++ {
		if bf.MayContain(fmt.Sprintf("user-%d", i)) {
			falsePos++
		}
	}
	fmt.Println("false negatives:", missing, "false positives of 10000:", falsePos, "fill:", bf.bits.Count())

	window := ring.New(5)
	var sums []string
	for i := 1; i <= 12; i++ {
		window.Value = i * i
		window = window.Next()
		total, count := 0, 0
		window.Do(func(v interface{}) {
			if v != nil {
				total += v.(int)
				count++
			}
		})
		sums = append(sums, fmt.Sprintf("%d/%d", total, count))
	}
	fmt.Println(strings.Join(sums, " "), window.Len())
	r2 := ring.New(3)
	for i := 0; i < 3; i++ {
		r2.Value = string(rune('x' + i))
		r2 = r2.Next()
	}
	window.Link(r2)
	var vals []string
	window.Do(func(v interface{}) { vals = append(vals, fmt.Sprint(v)) })
	fmt.Println(window.Len(), vals)
	removed := window.Unlink(2)
	fmt.Println(window.Len(), removed.Len())
}
