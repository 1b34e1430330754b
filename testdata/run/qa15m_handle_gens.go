package main

import (
	"errors"
	"fmt"
)

type Handle struct {
	index uint32
	gen   uint32
}

func (h Handle) String() string { return fmt.Sprintf("#%d.%d", h.index, h.gen) }

type slot[T any] struct {
	gen   uint32
	live  bool
	value T
	next  int32 // free list link
}

type Table[T any] struct {
	slots []slot[T]
	free  int32
	live  int
}

var ErrStale = errors.New("stale handle")

func NewTable[T any]() *Table[T] { return &Table[T]{free: -1} }

func (t *Table[T]) Insert(v T) Handle {
	var i int32
	if t.free >= 0 {
		i = t.free
		t.free = t.slots[i].next
	} else {
		t.slots = append(t.slots, slot[T]{})
		i = int32(len(t.slots) - 1)
	}
	s := &t.slots[i]
	s.gen++
	s.live = true
	s.value = v
	t.live++
	return Handle{uint32(i), s.gen}
}

func (t *Table[T]) Get(h Handle) (*T, error) {
	if int(h.index) >= len(t.slots) {
		return nil, fmt.Errorf("%v: %w", h, ErrStale)
	}
	s := &t.slots[h.index]
	if !s.live || s.gen != h.gen {
		return nil, fmt.Errorf("%v: %w", h, ErrStale)
	}
	return &s.value, nil
}

func (t *Table[T]) Remove(h Handle) bool {
	if _, err := t.Get(h); err != nil {
		return false
	}
	s := &t.slots[h.index]
	var zero T
	s.value = zero
	s.live = false
	s.next = t.free
	t.free = int32(h.index)
	t.live--
	return true
}

type Sprite struct {
	Name string
	X, Y int
	Tex  []byte
}

func main() {
	tbl := NewTable[Sprite]()
	var hs []Handle
	for i, n := range []string{"hero", "orc", "tree", "coin"} {
		hs = append(hs, tbl.Insert(Sprite{Name: n, X: i * 10, Tex: make([]byte, 16)}))
	}
	fmt.Println(hs, tbl.live)
	fmt.Println(tbl.Remove(hs[1]), tbl.Remove(hs[1]), tbl.Remove(hs[3]))
	_, err := tbl.Get(hs[1])
	fmt.Println(err, errors.Is(err, ErrStale))
	h5 := tbl.Insert(Sprite{Name: "arrow"})
	h6 := tbl.Insert(Sprite{Name: "bat"})
	fmt.Println(h5, h6, tbl.live, len(tbl.slots))
	if p, err := tbl.Get(hs[0]); err == nil {
		p.X += 5
		p.Tex[0] = 1
	}
	hero, _ := tbl.Get(hs[0])
	fmt.Println(hero.Name, hero.X, hero.Tex[:2])
	_, err = tbl.Get(hs[3])
	fmt.Println("old coin:", err)
	bat, _ := tbl.Get(h6)
	fmt.Println(bat.Name, bat.Tex == nil)
	_, err = tbl.Get(Handle{99, 1})
	fmt.Println(err)
	ints := NewTable[int]()
	a := ints.Insert(1)
	ints.Remove(a)
	b := ints.Insert(2)
	v, _ := ints.Get(b)
	fmt.Println(a, b, *v)
}
