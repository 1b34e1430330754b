// A page allocator over a bitmap of uint64 words: first-fit runs found with
// math/bits, allocation handles with their run length.
package main

import (
	"fmt"
	"math/bits"
)

const pageSize = 4096

type Pages struct {
	bits  []uint64
	npage int
	inUse int
}

type Span struct {
	start, n int
}

func NewPages(n int) *Pages {
	return &Pages{bits: make([]uint64, (n+63)/64), npage: n}
}

func (p *Pages) isSet(i int) bool { return p.bits[i/64]&(1<<(uint(i)%64)) != 0 }

func (p *Pages) set(i int, on bool) {
	if on {
		p.bits[i/64] |= 1 << (uint(i) % 64)
	} else {
		p.bits[i/64] &^= 1 << (uint(i) % 64)
	}
}

// firstFree skips full words quickly
func (p *Pages) firstFree(from int) int {
	for w := from / 64; w < len(p.bits); w++ {
		word := p.bits[w]
		if w == from/64 {
			word |= (1 << (uint(from) % 64)) - 1
		}
		if word != ^uint64(0) {
			i := w*64 + bits.TrailingZeros64(^word)
			if i < p.npage {
				return i
			}
		}
	}
	return -1
}

func (p *Pages) Alloc(n int) (Span, bool) {
	for i := p.firstFree(0); i >= 0 && i+n <= p.npage; i = p.firstFree(i + 1) {
		run := 0
		for run < n && !p.isSet(i+run) {
			run++
		}
		if run == n {
			for k := 0; k < n; k++ {
				p.set(i+k, true)
			}
			p.inUse += n
			return Span{i, n}, true
		}
		i += run
	}
	return Span{}, false
}

func (p *Pages) Free(s Span) {
	for k := 0; k < s.n; k++ {
		p.set(s.start+k, false)
	}
	p.inUse -= s.n
}

func (p *Pages) Used() int {
	c := 0
	for _, w := range p.bits {
		c += bits.OnesCount64(w)
	}
	return c
}

func main() {
	p := NewPages(200)
	var spans []Span
	for _, n := range []int{10, 64, 3, 70, 40} {
		s, ok := p.Alloc(n)
		fmt.Println("alloc", n, s, ok)
		if ok {
			spans = append(spans, s)
		}
	}
	p.Free(spans[1])
	p.Free(spans[2])
	s, ok := p.Alloc(60)
	fmt.Println("reuse", s, ok, p.Used(), p.inUse)
	s2, ok2 := p.Alloc(7)
	fmt.Println("small", s2, ok2)
	s3, ok3 := p.Alloc(100)
	fmt.Println("big", s3, ok3)
	fmt.Printf("bytes in use: %d KiB\n", p.inUse*pageSize/1024)
	for i, w := range p.bits {
		fmt.Printf("%d:%016x ", i, w)
	}
	fmt.Println()
}
