// A slab of entities addressed by generation-checked handles instead of
// pointers: freed slots are reused, stale handles are detected, and the
// live set is iterated in slot order.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Handle struct {
	index uint32
	gen   uint32
}

func (h Handle) String() string { return fmt.Sprintf("#%d.%d", h.index, h.gen) }

type Entity struct {
	Name string
	HP   int
	Tags []string
}

type slot struct {
	gen   uint32
	alive bool
	next  int32 // free list link, -1 = none
	ent   Entity
}

type Slab struct {
	slots []slot
	free  int32
	live  int
}

var ErrStale = errors.New("stale handle")

func NewSlab(capacity int) *Slab {
	return &Slab{slots: make([]slot, 0, capacity), free: -1}
}

func (s *Slab) Insert(e Entity) Handle {
	var i int32
	if s.free >= 0 {
		i = s.free
		s.free = s.slots[i].next
	} else {
		s.slots = append(s.slots, slot{})
		i = int32(len(s.slots) - 1)
	}
	sl := &s.slots[i]
	sl.gen++
	sl.alive = true
	sl.next = -1
	sl.ent = e
	s.live++
	return Handle{uint32(i), sl.gen}
}

func (s *Slab) Get(h Handle) (*Entity, error) {
	if int(h.index) >= len(s.slots) {
		return nil, fmt.Errorf("handle %v: %w", h, ErrStale)
	}
	sl := &s.slots[h.index]
	if !sl.alive || sl.gen != h.gen {
		return nil, fmt.Errorf("handle %v: %w", h, ErrStale)
	}
	return &sl.ent, nil
}

func (s *Slab) Remove(h Handle) error {
	if _, err := s.Get(h); err != nil {
		return err
	}
	sl := &s.slots[h.index]
	sl.alive = false
	sl.ent = Entity{}
	sl.next = s.free
	s.free = int32(h.index)
	s.live--
	return nil
}

func (s *Slab) Each(f func(Handle, *Entity)) {
	for i := range s.slots {
		if s.slots[i].alive {
			f(Handle{uint32(i), s.slots[i].gen}, &s.slots[i].ent)
		}
	}
}

func main() {
	s := NewSlab(4)
	var hs []Handle
	for i, n := range strings.Fields("orc elf dwarf troll goblin") {
		hs = append(hs, s.Insert(Entity{Name: n, HP: 10 * (i + 1)}))
	}
	fmt.Println("handles:", hs, "live:", s.live)
	fmt.Println(s.Remove(hs[1]), s.Remove(hs[3]), s.Remove(hs[1]))
	h5 := s.Insert(Entity{Name: "wraith", HP: 99, Tags: []string{"undead"}})
	h6 := s.Insert(Entity{Name: "imp", HP: 5})
	fmt.Println("reused:", h5, h6, "live:", s.live, "slots:", len(s.slots))
	if _, err := s.Get(hs[3]); errors.Is(err, ErrStale) {
		fmt.Println("stale:", err)
	}
	if e, err := s.Get(h5); err == nil {
		e.HP -= 9
		e.Tags = append(e.Tags, "hit")
	}
	total := 0
	s.Each(func(h Handle, e *Entity) {
		total += e.HP
		fmt.Printf("%v %-6s hp=%-3d tags=%v\n", h, e.Name, e.HP, e.Tags)
	})
	fmt.Println("total hp:", total)
	_, err := s.Get(Handle{index: 42})
	fmt.Println(err)
	for _, h := range hs {
		s.Remove(h)
	}
	fmt.Println("after removing originals:", s.live, "free head:", s.free)
}
