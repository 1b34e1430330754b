// Manual memory reuse in a garbage-collected language, from a post on
// reducing GC pressure: a free list of fixed-size nodes, a slab of
// preallocated structs handed out by index, a byte arena with offsets,
// and MemStats showing how many heap objects each approach creates while
// the collector is switched off (so the counts are exact).
// gosub:nostress it prints NumGC == 0 with the collector off; stress mode forces collections anyway
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

type Particle struct {
	X, Y, VX, VY float64
	Alive        bool
	next         *Particle
}

type FreeList struct {
	head      *Particle
	allocated int
	reused    int
}

func (f *FreeList) Get() *Particle {
	if f.head != nil {
		p := f.head
		f.head = p.next
		*p = Particle{}
		f.reused++
		return p
	}
	f.allocated++
	return new(Particle)
}

func (f *FreeList) Put(p *Particle) {
	p.next = f.head
	f.head = p
}

type Slab struct {
	items []Particle
	free  []int32
}

func NewSlab(n int) *Slab {
	s := &Slab{items: make([]Particle, n), free: make([]int32, 0, n)}
	for i := n - 1; i >= 0; i-- {
		s.free = append(s.free, int32(i))
	}
	return s
}

func (s *Slab) Alloc() (int32, bool) {
	if len(s.free) == 0 {
		return -1, false
	}
	i := s.free[len(s.free)-1]
	s.free = s.free[:len(s.free)-1]
	s.items[i] = Particle{Alive: true}
	return i, true
}

func (s *Slab) Release(i int32) {
	s.items[i].Alive = false
	s.free = append(s.free, i)
}

type Arena struct {
	buf  []byte
	used int
}

func (a *Arena) Alloc(n int) []byte {
	if a.used+n > len(a.buf) {
		return nil
	}
	b := a.buf[a.used : a.used+n : a.used+n]
	a.used += n
	return b
}

func (a *Arena) Reset() { a.used = 0 }

func heapObjects() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func simulate(get func() *Particle, put func(*Particle), frames int) (live int) {
	var active []*Particle
	for f := 0; f < frames; f++ {
		for i := 0; i < 10; i++ {
			p := get()
			p.Alive = true
			p.VX, p.VY = float64(i), float64(f)
			active = append(active, p)
		}
		kept := active[:0]
		for _, p := range active {
			p.X += p.VX
			p.Y += p.VY
			if p.X > 20 {
				p.Alive = false
				put(p)
				continue
			}
			kept = append(kept, p)
		}
		for i := len(kept); i < len(active); i++ {
			active[i] = nil
		}
		active = kept
	}
	return len(active)
}

func main() {
	old := debug.SetGCPercent(-1)
	defer debug.SetGCPercent(old)

	var fl FreeList
	before := heapObjects()
	live := simulate(fl.Get, fl.Put, 100)
	used := heapObjects() - before
	fmt.Printf("free list: live=%d allocated=%d reused=%d\n", live, fl.allocated, fl.reused)
	fmt.Println("  particles from the heap == allocated:", fl.allocated, "(mallocs include the active slice growth too:", used >= uint64(fl.allocated), ")")

	naive := 0
	before = heapObjects()
	live = simulate(func() *Particle { naive++; return new(Particle) }, func(*Particle) {}, 100)
	usedNaive := heapObjects() - before
	fmt.Printf("naive: live=%d allocated=%d more mallocs than free list: %v\n", live, naive, usedNaive > used)

	s := NewSlab(4)
	var got []int32
	for {
		i, ok := s.Alloc()
		if !ok {
			break
		}
		got = append(got, i)
	}
	fmt.Println("slab handed out:", got)
	s.Release(2)
	s.Release(0)
	i1, _ := s.Alloc()
	i2, _ := s.Alloc()
	_, ok := s.Alloc()
	fmt.Println("reallocated:", i1, i2, "more:", ok, "alive:", s.items[0].Alive, s.items[2].Alive)

	a := &Arena{buf: make([]byte, 64)}
	before = heapObjects()
	var parts [][]byte
	for _, w := range strings.Fields("arena allocation hands out slices of one buffer") {
		b := a.Alloc(len(w))
		if b == nil {
			fmt.Println("arena full at", w)
			break
		}
		copy(b, w)
		parts = append(parts, b)
	}
	fmt.Println("arena used:", a.used, "of", len(a.buf))
	var sb strings.Builder
	for _, p := range parts {
		sb.Write(p)
		sb.WriteByte('|')
	}
	fmt.Println(sb.String())
	fmt.Println("cap limited:", cap(parts[0]) == len(parts[0]))
	a.Reset()
	x := a.Alloc(5)
	copy(x, "ARENA")
	fmt.Println("after reset, first part reads:", string(parts[0]))
	fmt.Println("mallocs for arena use (only the parts slice grows):", heapObjects()-before < 20)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("GC off, no cycles during the test:", ms.NumGC == 0, "EnableGC:", ms.EnableGC)
}
