package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/fnv"
	"math"
	"math/bits"
	"strings"
)

type BitSet struct {
	words []uint64
	n     uint
}

func NewBitSet(n uint) *BitSet { return &BitSet{words: make([]uint64, (n+63)/64), n: n} }

func (b *BitSet) Set(i uint)       { b.words[i/64] |= 1 << (i % 64) }
func (b *BitSet) Clear(i uint)     { b.words[i/64] &^= 1 << (i % 64) }
func (b *BitSet) Test(i uint) bool { return b.words[i/64]&(1<<(i%64)) != 0 }
func (b *BitSet) Count() int {
	c := 0
	for _, w := range b.words {
		c += bits.OnesCount64(w)
	}
	return c
}

func (b *BitSet) Union(o *BitSet) error {
	if b.n != o.n {
		return errors.New("size mismatch")
	}
	for i := range b.words {
		b.words[i] |= o.words[i]
	}
	return nil
}

func (b *BitSet) String() string {
	var sb strings.Builder
	for i := uint(0); i < b.n && i < 64; i++ {
		if b.Test(i) {
			sb.WriteByte('1')
		} else {
			sb.WriteByte('0')
		}
	}
	return sb.String()
}

type Bloom struct {
	bits *BitSet
	k    int
	h1   hash.Hash64
	h2   hash.Hash32
	n    int
}

func NewBloom(expected int, fpRate float64) *Bloom {
	m := uint(math.Ceil(-float64(expected) * math.Log(fpRate) / (math.Ln2 * math.Ln2)))
	k := int(math.Round(float64(m) / float64(expected) * math.Ln2))
	if k < 1 {
		k = 1
	}
	return &Bloom{bits: NewBitSet(m), k: k, h1: fnv.New64a(), h2: fnv.New32()}
}

func (b *Bloom) hashes(data []byte) (uint64, uint64) {
	b.h1.Reset()
	b.h1.Write(data)
	b.h2.Reset()
	b.h2.Write(data)
	return b.h1.Sum64(), uint64(b.h2.Sum32())
}

func (b *Bloom) Add(s string) {
	a, c := b.hashes([]byte(s))
	for i := 0; i < b.k; i++ {
		b.bits.Set(uint((a + uint64(i)*c) % uint64(b.bits.n)))
	}
	b.n++
}

func (b *Bloom) MayContain(s string) bool {
	a, c := b.hashes([]byte(s))
	for i := 0; i < b.k; i++ {
		if !b.bits.Test(uint((a + uint64(i)*c) % uint64(b.bits.n))) {
			return false
		}
	}
	return true
}

func (b *Bloom) FillRatio() float64 { return float64(b.bits.Count()) / float64(b.bits.n) }

func (b *Bloom) Marshal() []byte {
	out := make([]byte, 12, 12+8*len(b.bits.words))
	binary.LittleEndian.PutUint32(out[0:], uint32(b.bits.n))
	binary.LittleEndian.PutUint32(out[4:], uint32(b.k))
	binary.LittleEndian.PutUint32(out[8:], uint32(b.n))
	var tmp [8]byte
	for _, w := range b.bits.words {
		binary.BigEndian.PutUint64(tmp[:], w)
		out = append(out, tmp[:]...)
	}
	return out
}

func Unmarshal(data []byte) (*Bloom, error) {
	if len(data) < 12 {
		return nil, fmt.Errorf("unmarshal: short header (%d bytes)", len(data))
	}
	n := uint(binary.LittleEndian.Uint32(data))
	b := &Bloom{bits: NewBitSet(n), k: int(binary.LittleEndian.Uint32(data[4:])), n: int(binary.LittleEndian.Uint32(data[8:])), h1: fnv.New64a(), h2: fnv.New32()}
	rest := data[12:]
	if len(rest) != 8*len(b.bits.words) {
		return nil, fmt.Errorf("unmarshal: want %d words, have %d bytes", len(b.bits.words), len(rest))
	}
	for i := range b.bits.words {
		b.bits.words[i] = binary.BigEndian.Uint64(rest[i*8:])
	}
	return b, nil
}

func main() {
	bs := NewBitSet(100)
	for _, i := range []uint{0, 3, 5, 63, 64, 99} {
		bs.Set(i)
	}
	bs.Clear(5)
	fmt.Println(bs.Count(), bs.Test(64), bs.Test(5), bs)
	o := NewBitSet(100)
	o.Set(1)
	fmt.Println(bs.Union(o), bs.Count(), bs.Union(NewBitSet(10)))
	bf := NewBloom(1000, 0.01)
	fmt.Println("m", bf.bits.n, "k", bf.k)
	for i := 0; i < 1000; i++ {
		bf.Add(fmt.Sprintf("user-%d", i))
	}
	fp := 0
	for i := 1000; i < 11000; i++ {
		if bf.MayContain(fmt.Sprintf("user-%d", i)) {
			fp++
		}
	}
	missing := 0
	for i := 0; i < 1000; i++ {
		if !bf.MayContain(fmt.Sprintf("user-%d", i)) {
			missing++
		}
	}
	fmt.Printf("false positives %d/10000, missing %d, fill %.4f\n", fp, missing, bf.FillRatio())
	data := bf.Marshal()
	fmt.Println(len(data), data[:12])
	bf2, err := Unmarshal(data)
	fmt.Println(err, bf2.MayContain("user-7"), bf2.MayContain("nobody"), bf2.n)
	_, err = Unmarshal(data[:20])
	fmt.Println(err)
	_, err = Unmarshal(nil)
	fmt.Println(err)
	h := fnv.New32a()
	h.Write([]byte("hello"))
	fmt.Printf("%08x %x\n", h.Sum32(), h.Sum([]byte{0xAA}))
}
