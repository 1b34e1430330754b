// Copy-on-write versions kept in a generic history: an atomic.Pointer to an
// immutable version node, readers walk the chain, writers CAS a new head.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type version[T any] struct {
	val  T
	seq  int
	prev *version[T]
}

type History[T any] struct {
	head atomic.Pointer[version[T]]
	cas  atomic.Int64
}

func (h *History[T]) Push(v T) int {
	for {
		old := h.head.Load()
		seq := 1
		if old != nil {
			seq = old.seq + 1
		}
		nv := &version[T]{val: v, seq: seq, prev: old}
		if h.head.CompareAndSwap(old, nv) {
			return seq
		}
		h.cas.Add(1)
	}
}

func (h *History[T]) Latest() (T, bool) {
	if v := h.head.Load(); v != nil {
		return v.val, true
	}
	var zero T
	return zero, false
}

func (h *History[T]) Walk(f func(seq int, v T) bool) {
	for v := h.head.Load(); v != nil; v = v.prev {
		if !f(v.seq, v.val) {
			return
		}
	}
}

func (h *History[T]) Trim(keep int) {
	v := h.head.Load()
	for i := 1; v != nil && i < keep; i++ {
		v = v.prev
	}
	if v != nil {
		v.prev = nil
	}
}

type settings struct {
	level int
	name  string
}

func main() {
	var h History[settings]
	if _, ok := h.Latest(); !ok {
		fmt.Println("empty")
	}
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			h.Push(settings{level: i, name: fmt.Sprint("cfg", i)})
		}(i)
	}
	wg.Wait()
	last, _ := h.Latest()
	n := 0
	h.Walk(func(seq int, v settings) bool { n++; return true })
	fmt.Println("versions", n, "latest seq", h.head.Load().seq, last.name != "")
	h.Trim(3)
	var seqs []int
	h.Walk(func(seq int, v settings) bool { seqs = append(seqs, seq); return true })
	fmt.Println("after trim", seqs)

	var hs History[string]
	for _, s := range []string{"a", "b", "c"} {
		hs.Push(s)
	}
	hs.Walk(func(seq int, v string) bool {
		fmt.Print(seq, v, " ")
		return seq > 2
	})
	fmt.Println()
	var hp History[*settings]
	hp.Push(&settings{level: 9})
	p, _ := hp.Latest()
	fmt.Println(p.level, hp.cas.Load() >= 0)
}
