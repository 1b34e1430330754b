package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

type node struct {
	val  int
	next *node
}

type Stack struct {
	head unsafe.Pointer
}

func (s *Stack) Push(v int) {
	n := &node{val: v}
	for {
		old := atomic.LoadPointer(&s.head)
		n.next = (*node)(old)
		if atomic.CompareAndSwapPointer(&s.head, old, unsafe.Pointer(n)) {
			return
		}
	}
}

func (s *Stack) Pop() (int, bool) {
	for {
		old := atomic.LoadPointer(&s.head)
		if old == nil {
			return 0, false
		}
		n := (*node)(old)
		if atomic.CompareAndSwapPointer(&s.head, old, unsafe.Pointer(n.next)) {
			return n.val, true
		}
	}
}

type TStack struct {
	head atomic.Pointer[node]
}

func (s *TStack) Push(v int) {
	n := &node{val: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			return
		}
	}
}

func main() {
	var s Stack
	var t TStack
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				s.Push(g*1000 + i)
				t.Push(i)
			}
		}(g)
	}
	wg.Wait()
	sum, n := 0, 0
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		sum += v
		n++
	}
	m := 0
	for p := t.head.Load(); p != nil; p = p.next {
		m++
	}
	fmt.Println(n, sum, m)
	var v atomic.Value
	v.Store([]int{1, 2})
	fmt.Println(v.Load().([]int))
}
