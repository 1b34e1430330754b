// A slab allocator over a []T with uint32 index handles and a free list
// threaded through the unused slots.
package main

import "fmt"

type Handle uint32

const nilHandle Handle = 0

type slot[T any] struct {
	val      T
	nextFree Handle
	used     bool
}

type Slab[T any] struct {
	slots []slot[T]
	free  Handle
	live  int
}

func NewSlab[T any](hint int) *Slab[T] {
	s := &Slab[T]{slots: make([]slot[T], 1, hint+1)} // slot 0 is the nil handle
	return s
}

func (s *Slab[T]) Alloc(v T) Handle {
	s.live++
	if s.free != nilHandle {
		h := s.free
		sl := &s.slots[h]
		s.free = sl.nextFree
		sl.val, sl.used, sl.nextFree = v, true, nilHandle
		return h
	}
	s.slots = append(s.slots, slot[T]{val: v, used: true})
	return Handle(len(s.slots) - 1)
}

func (s *Slab[T]) Free(h Handle) bool {
	if h == nilHandle || int(h) >= len(s.slots) || !s.slots[h].used {
		return false
	}
	var zero T
	sl := &s.slots[h]
	sl.val, sl.used, sl.nextFree = zero, false, s.free
	s.free = h
	s.live--
	return true
}

func (s *Slab[T]) Get(h Handle) *T {
	if int(h) >= len(s.slots) || !s.slots[h].used {
		return nil
	}
	return &s.slots[h].val
}

type particle struct {
	x, y, vx, vy int32
	name         string
}

func step(s *Slab[particle], hs []Handle) {
	for _, h := range hs {
		if p := s.Get(h); p != nil {
			p.x += p.vx
			p.y += p.vy
		}
	}
}

func main() {
	s := NewSlab[particle](4)
	var hs []Handle
	for i := int32(0); i < 6; i++ {
		hs = append(hs, s.Alloc(particle{x: i, y: -i, vx: 1, vy: 2, name: fmt.Sprint("p", i)}))
	}
	fmt.Println("handles", hs, "live", s.live, "len", len(s.slots))
	step(s, hs)
	fmt.Println(s.Free(hs[1]), s.Free(hs[4]), s.Free(hs[4]), s.Free(99))
	a := s.Alloc(particle{name: "new-a"})
	b := s.Alloc(particle{name: "new-b"})
	c := s.Alloc(particle{name: "new-c"})
	fmt.Println("reused", a, b, "fresh", c, "live", s.live)
	step(s, hs)
	for _, h := range hs {
		if p := s.Get(h); p != nil {
			fmt.Printf("%d %s (%d,%d)\n", h, p.name, p.x, p.y)
		} else {
			fmt.Printf("%d freed\n", h)
		}
	}
	ints := NewSlab[int](0)
	var last Handle
	for i := 0; i < 100; i++ {
		last = ints.Alloc(i)
		if i%3 == 0 {
			ints.Free(last)
		}
	}
	sum := 0
	for h := Handle(1); int(h) < len(ints.slots); h++ {
		if p := ints.Get(h); p != nil {
			sum += *p
		}
	}
	fmt.Println("ints live", ints.live, "sum", sum, "last", last)
}
