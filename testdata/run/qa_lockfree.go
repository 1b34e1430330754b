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
	head atomic.Pointer[node]
	n    atomic.Int32
}

func (s *Stack) Push(v int) {
	nd := &node{val: v}
	for {
		old := s.head.Load()
		nd.next = old
		if s.head.CompareAndSwap(old, nd) {
			s.n.Add(1)
			return
		}
	}
}

func (s *Stack) Pop() (int, bool) {
	for {
		old := s.head.Load()
		if old == nil {
			return 0, false
		}
		if s.head.CompareAndSwap(old, old.next) {
			s.n.Add(-1)
			return old.val, true
		}
	}
}

type OldStack struct{ head unsafe.Pointer }

func (s *OldStack) Push(v int) {
	nd := &node{val: v}
	for {
		old := atomic.LoadPointer(&s.head)
		nd.next = (*node)(old)
		if atomic.CompareAndSwapPointer(&s.head, old, unsafe.Pointer(nd)) {
			return
		}
	}
}

func main() {
	var s Stack
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				s.Push(g*100 + i)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("size", s.n.Load())
	sum := 0
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		sum += v
	}
	fmt.Println("sum", sum, "size", s.n.Load())
	var os OldStack
	for i := 0; i < 5; i++ {
		os.Push(i)
	}
	for p := (*node)(atomic.LoadPointer(&os.head)); p != nil; p = p.next {
		fmt.Print(p.val, " ")
	}
	fmt.Println()
	var cnt int32
	fmt.Println(atomic.CompareAndSwapInt32(&cnt, 0, 5), atomic.SwapInt32(&cnt, 9), cnt)
}
