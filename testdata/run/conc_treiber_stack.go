// A Treiber stack with atomic.Pointer: concurrent pushes, then pops; the
// sum is exact.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type node struct {
	val  int
	next *node
}

type stack struct {
	head atomic.Pointer[node]
	n    atomic.Int64
}

func (s *stack) push(v int) {
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

func (s *stack) pop() (int, bool) {
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

func main() {
	var s stack
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 1; i <= 250; i++ {
				s.push(g*1000 + i)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("size:", s.n.Load())
	var total int64
	var count atomic.Int32
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, ok := s.pop()
				if !ok {
					return
				}
				atomic.AddInt64(&total, int64(v))
				count.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("popped:", count.Load(), "sum:", total, "empty:", s.head.Load() == nil)
}
