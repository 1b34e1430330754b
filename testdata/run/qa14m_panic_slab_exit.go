// A slab of fixed-size records whose stale handle finally indexes past the
// end: recovered panics along the way, then an unrecovered one (exit 2).
package main

import (
	"errors"
	"fmt"
)

type record struct {
	id   int
	data [4]int64
}

type slab struct {
	recs []record
	gen  []uint16
}

type handle struct {
	idx int
	gen uint16
}

var errStale = errors.New("stale handle")

func (s *slab) alloc(id int) handle {
	s.recs = append(s.recs, record{id: id})
	s.gen = append(s.gen, 1)
	return handle{len(s.recs) - 1, 1}
}

func (s *slab) get(h handle) (*record, error) {
	if s.gen[h.idx] != h.gen { // panics when idx is out of range
		return nil, errStale
	}
	return &s.recs[h.idx], nil
}

func (s *slab) shrink(n int) {
	for i := n; i < len(s.recs); i++ {
		s.gen[i]++
	}
	s.recs = s.recs[:n]
	s.gen = s.gen[:n]
}

func safeGet(s *slab, h handle) (r *record, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("recovered: %v", p)
		}
	}()
	return s.get(h)
}

func main() {
	s := &slab{}
	var hs []handle
	for i := 0; i < 5; i++ {
		hs = append(hs, s.alloc(100+i))
	}
	r, err := s.get(hs[2])
	fmt.Println(r.id, err)
	s.gen[1]++
	_, err = s.get(hs[1])
	fmt.Println(err)
	s.shrink(3)
	_, err = safeGet(s, hs[4])
	fmt.Println(err)
	var nilSlab *slab
	_, err = safeGet(nilSlab, hs[0])
	fmt.Println(err)
	fmt.Println("about to use a stale handle without recovery")
	r, _ = s.get(hs[3])
	fmt.Println("unreachable", r)
}
