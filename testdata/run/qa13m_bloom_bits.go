// A bloom filter over []uint64 words with FNV double hashing; membership
// of known and unknown keys, plus union of two filters of the same shape.
package main

import (
	"fmt"
	"hash/fnv"
	"math/bits"
)

type Bloom struct {
	words []uint64
	m     uint64
	k     int
	added int
}

func NewBloom(m uint64, k int) *Bloom {
	return &Bloom{words: make([]uint64, (m+63)/64), m: m, k: k}
}

func hashes(key string) (uint64, uint64) {
	h := fnv.New64a()
	h.Write([]byte(key))
	a := h.Sum64()
	h2 := fnv.New64()
	h2.Write([]byte(key))
	return a, h2.Sum64() | 1
}

func (b *Bloom) Add(key string) {
	h1, h2 := hashes(key)
	for i := 0; i < b.k; i++ {
		pos := (h1 + uint64(i)*h2) % b.m
		b.words[pos/64] |= 1 << (pos % 64)
	}
	b.added++
}

func (b *Bloom) Has(key string) bool {
	h1, h2 := hashes(key)
	for i := 0; i < b.k; i++ {
		pos := (h1 + uint64(i)*h2) % b.m
		if b.words[pos/64]&(1<<(pos%64)) == 0 {
			return false
		}
	}
	return true
}

func (b *Bloom) Ones() int {
	n := 0
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b *Bloom) Union(o *Bloom) (*Bloom, error) {
	if b.m != o.m || b.k != o.k {
		return nil, fmt.Errorf("bloom: shapes differ (%d/%d vs %d/%d)", b.m, b.k, o.m, o.k)
	}
	u := NewBloom(b.m, b.k)
	for i := range u.words {
		u.words[i] = b.words[i] | o.words[i]
	}
	u.added = b.added + o.added
	return u, nil
}

func main() {
	a := NewBloom(512, 3)
	b := NewBloom(512, 3)
	for i := 0; i < 40; i++ {
		a.Add(fmt.Sprintf("user-%03d", i))
		b.Add(fmt.Sprintf("item-%03d", i))
	}
	fp := 0
	for i := 0; i < 200; i++ {
		if a.Has(fmt.Sprintf("other-%d", i)) {
			fp++
		}
	}
	missing := 0
	for i := 0; i < 40; i++ {
		if !a.Has(fmt.Sprintf("user-%03d", i)) {
			missing++
		}
	}
	fmt.Println("ones a:", a.Ones(), "ones b:", b.Ones(), "missing:", missing, "false positives:", fp)
	u, err := a.Union(b)
	fmt.Println("union ones:", u.Ones(), "added:", u.added, err)
	fmt.Println("union has user-007 item-039:", u.Has("user-007"), u.Has("item-039"))
	_, err = a.Union(NewBloom(256, 3))
	fmt.Println(err)
	fmt.Printf("first words: %016x %016x\n", a.words[0], b.words[0])
}
