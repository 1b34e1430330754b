// A slab allocator Slab[T] handing out generational handles: freed slots
// go on an index free list, a stale handle is detected by its
// generation, values are stored inline in a []slot[T]; an object table
// of a struct type, and a generic bitset Bits[T ~uint64 | ~uint32] whose
// word width is computed from T.
package main

import (
	"errors"
	"fmt"
)

type Handle[T any] struct {
	idx uint32
	gen uint32
}

type slot[T any] struct {
	val      T
	gen      uint32
	nextFree int32 // -1: end of free list; valid only when not live
	live     bool
}

type Slab[T any] struct {
	slots    []slot[T]
	freeHead int32
	live     int
}

var ErrStale = errors.New("stale handle")

func NewSlab[T any]() *Slab[T] { return &Slab[T]{freeHead: -1} }

func (s *Slab[T]) Insert(v T) Handle[T] {
	var i int32
	if s.freeHead >= 0 {
		i = s.freeHead
		s.freeHead = s.slots[i].nextFree
	} else {
		s.slots = append(s.slots, slot[T]{})
		i = int32(len(s.slots) - 1)
	}
	sl := &s.slots[i]
	sl.val, sl.live = v, true
	s.live++
	return Handle[T]{uint32(i), sl.gen}
}

func (s *Slab[T]) Get(h Handle[T]) (*T, error) {
	if int(h.idx) >= len(s.slots) {
		return nil, fmt.Errorf("index %d: %w", h.idx, ErrStale)
	}
	sl := &s.slots[h.idx]
	if !sl.live || sl.gen != h.gen {
		return nil, fmt.Errorf("index %d gen %d (now %d): %w", h.idx, h.gen, sl.gen, ErrStale)
	}
	return &sl.val, nil
}

func (s *Slab[T]) Remove(h Handle[T]) (T, error) {
	var zero T
	p, err := s.Get(h)
	if err != nil {
		return zero, err
	}
	v := *p
	sl := &s.slots[h.idx]
	sl.val = zero
	sl.live = false
	sl.gen++
	sl.nextFree = s.freeHead
	s.freeHead = int32(h.idx)
	s.live--
	return v, nil
}

func (s *Slab[T]) Each(f func(Handle[T], *T)) {
	for i := range s.slots {
		if s.slots[i].live {
			f(Handle[T]{uint32(i), s.slots[i].gen}, &s.slots[i].val)
		}
	}
}

type Bits[T ~uint64 | ~uint32] []T

func (b Bits[T]) width() int {
	var x T = 1
	n := 0
	for x != 0 {
		x <<= 1
		n++
	}
	return n
}
func (b Bits[T]) Set(i int) { b[i/b.width()] |= 1 << (i % b.width()) }
func (b Bits[T]) Has(i int) bool {
	return b[i/b.width()]&(1<<(i%b.width())) != 0
}

type particle struct {
	x, y  float64
	alive int
}

func main() {
	s := NewSlab[string]()
	a := s.Insert("alpha")
	b := s.Insert("beta")
	c := s.Insert("gamma")
	fmt.Println(a, b, c, s.live)
	v, err := s.Remove(b)
	fmt.Println(v, err, s.live)
	_, err = s.Get(b)
	fmt.Println(err, errors.Is(err, ErrStale))
	d := s.Insert("delta") // reuses b's slot with a new generation
	fmt.Println(d, d.idx == b.idx, d == b)
	p, _ := s.Get(d)
	*p += "!"
	_, err = s.Remove(b)
	fmt.Println(err)
	_, err = s.Get(Handle[string]{idx: 99})
	fmt.Println(err)
	s.Each(func(h Handle[string], v *string) { fmt.Print(h.idx, ":", *v, " ") })
	fmt.Println()

	ps := NewSlab[particle]()
	var hs []Handle[particle]
	for i := 0; i < 6; i++ {
		hs = append(hs, ps.Insert(particle{x: float64(i), y: float64(i * i)}))
	}
	for i, h := range hs {
		if i%2 == 1 {
			ps.Remove(h)
		}
	}
	for i := 0; i < 2; i++ {
		ps.Insert(particle{x: -1, alive: 1})
	}
	total := 0.0
	ps.Each(func(h Handle[particle], p *particle) {
		p.alive++
		total += p.x + p.y
	})
	fmt.Println(ps.live, len(ps.slots), total, ps.freeHead)
	pp, err := ps.Get(hs[4])
	fmt.Printf("%+v %v\n", *pp, err)
	fmt.Printf("%T %T\n", hs[0], ps.slots)

	bits := make(Bits[uint64], 2)
	bits.Set(3)
	bits.Set(64)
	bits.Set(127)
	fmt.Println(bits.Has(3), bits.Has(4), bits.Has(64), bits.Has(127), bits.width(), bits)
	small := make(Bits[uint32], 2)
	small.Set(33)
	fmt.Println(small, small.width(), small.Has(33), small.Has(1))
}
