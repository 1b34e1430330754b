// Pointers moved between heap objects while the collector may be marking
// (GOSUBDEBUG=incgc=1,gcstress=N runs every stress point as a small step
// of an incremental cycle): each kind of heap store (field, slice element,
// map slot, interface, string, closure variable, array in a struct,
// append, copy) moves the only reference to an object from one heap
// object to another, then allocation lets the collector advance.  A
// missing write barrier frees a reachable object, whose reuse shows up as
// a wrong checksum.
// gosub:gcstress=10 a 6000-node live heap makes a collection at every allocation quadratic
package main

import (
	"fmt"
	"strings"
)

type node struct {
	next *node
	val  int
	tag  string
	pad  [4]int
}

type holder struct {
	p    *node
	s    []*node
	m    map[int]*node
	i    interface{}
	name string
	arr  [3]*node
	fn   func() int
}

func mk(v int) *node {
	n := &node{val: v, tag: fmt.Sprint("n", v)}
	for i := range n.pad {
		n.pad[i] = v*7 + i
	}
	return n
}

func ok(n *node) bool {
	if n == nil {
		return true
	}
	if n.tag != fmt.Sprint("n", n.val) {
		return false
	}
	for i := range n.pad {
		if n.pad[i] != n.val*7+i {
			return false
		}
	}
	return true
}

var sink [][]byte

func churn(k int) {
	for i := 0; i < k; i++ {
		sink = append(sink, make([]byte, 48))
		if len(sink) > 64 {
			sink = sink[:0]
		}
	}
}

// unlink removes and returns the node k places down h's list (or the
// last one): it sits deep in a list the collector may not have scanned
// yet, and afterwards only the returned value refers to it.
//
//go:noinline
func unlink(h *holder, k int) *node {
	if h.p == nil {
		return nil
	}
	prev := h.p
	for i := 0; i < k && prev.next != nil && prev.next.next != nil; i++ {
		prev = prev.next
	}
	n := prev.next
	if n == nil {
		n = h.p
		h.p = nil
		return n
	}
	prev.next = n.next
	n.next = nil
	return n
}

// move takes a node deep in from's list and stores it into to through
// one kind of heap store; the caller then allocates.
//
//go:noinline
func move(from, to *holder, kind, round int) {
	n := unlink(from, 2000+round%500)
	if n == nil {
		return
	}
	switch kind {
	case 0: // field (list head)
		n.next = to.p
		to.p = n
	case 1: // slice element
		to.s = append(to.s, nil)
		to.s[len(to.s)-1] = n
	case 2: // map slot
		to.m[round] = n
	case 3: // interface and string
		if old, ok := to.i.(*node); ok {
			old.next = to.p
			to.p = old
		}
		to.i = n
		to.name = strings.Repeat("x", round%5) + n.tag
	case 4: // array element in a struct
		old := to.arr[round%3]
		to.arr[round%3] = n
		if old != nil {
			old.next = to.p
			to.p = old
		}
	case 5: // variable captured by reference
		var keep *node
		to.fn = func() int { return keep.val }
		keep = n
	case 6: // copy into a slice the collector may have scanned
		if len(to.s) > 0 {
			src := []*node{n}
			old := to.s[0]
			copy(to.s[:1], src)
			if old != nil {
				old.next = to.p
				to.p = old
			}
		} else {
			to.s = append(to.s, n)
		}
	case 7: // append of a slice
		to.s = append(to.s, []*node{n}...)
	}
}

func checkList(h *holder) int {
	bad := 0
	for n := h.p; n != nil; n = n.next {
		if !ok(n) {
			bad++
		}
	}
	return bad
}

func main() {
	a := &holder{m: map[int]*node{}}
	b := &holder{m: map[int]*node{}}
	for i := 0; i < 3000; i++ {
		n := mk(i)
		n.next = a.p
		a.p = n
		m := mk(100000 + i)
		m.next = b.p
		b.p = m
	}
	bad := 0
	for round := 0; round < 400; round++ {
		move(a, b, round%8, round)
		churn(4)
		move(b, a, (round+3)%8, round)
		churn(4)
		if round%50 == 49 {
			bad += checkList(a) + checkList(b)
		}
	}
	sum, cnt := 0, 0
	add := func(n *node) {
		if n != nil {
			if !ok(n) {
				bad++
			}
			sum += n.val
			cnt++
		}
	}
	for _, h := range []*holder{a, b} {
		for n := h.p; n != nil; n = n.next {
			add(n)
		}
		for _, n := range h.s {
			add(n)
		}
		for _, n := range h.m {
			add(n)
		}
		if n, isNode := h.i.(*node); isNode {
			add(n)
		}
		for _, n := range h.arr {
			add(n)
		}
		if h.fn != nil {
			sum += h.fn()
		}
	}
	fmt.Println("nodes", cnt, "sum", sum, "bad", bad, "name", b.name)
}
