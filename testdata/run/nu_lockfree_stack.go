// A Treiber lock-free stack, first with unsafe.Pointer and
// atomic.CompareAndSwapPointer (the pre-1.19 way), then with a versioned
// head to show the ABA counter idea, hammered by goroutines; every pushed
// value must be popped exactly once.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"unsafe"
)

type node struct {
	val  int
	next *node
}

type Stack struct {
	head  unsafe.Pointer // *node
	size  int64
	casFails int64
}

func NewStack() *Stack { return &Stack{} }

func (s *Stack) Push(v int) {
	n := &node{val: v}
	for {
		old := atomic.LoadPointer(&s.head)
		n.next = (*node)(old)
		if atomic.CompareAndSwapPointer(&s.head, old, unsafe.Pointer(n)) {
			atomic.AddInt64(&s.size, 1)
			return
		}
		atomic.AddInt64(&s.casFails, 1)
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
			atomic.AddInt64(&s.size, -1)
			return n.val, true
		}
		atomic.AddInt64(&s.casFails, 1)
	}
}

func (s *Stack) Len() int { return int(atomic.LoadInt64(&s.size)) }

// Snapshot walks the list without popping (only safe when quiescent).
func (s *Stack) Snapshot() []int {
	var out []int
	for n := (*node)(atomic.LoadPointer(&s.head)); n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

// A versioned stack of small ints packed into one uint64: the low 32 bits
// hold an index into a fixed node array (+1, 0 = empty), the high 32 bits a
// version bumped on every change, so a stale CAS fails even when the same
// index is back on top (the ABA problem).
type VStack struct {
	head  uint64
	vals  []int32
	nexts []uint32
	free  chan uint32
}

func NewVStack(capacity int) *VStack {
	s := &VStack{vals: make([]int32, capacity), nexts: make([]uint32, capacity), free: make(chan uint32, capacity)}
	for i := 0; i < capacity; i++ {
		s.free <- uint32(i + 1)
	}
	return s
}

func pack(ver, idx uint32) uint64    { return uint64(ver)<<32 | uint64(idx) }
func unpack(h uint64) (uint32, uint32) { return uint32(h >> 32), uint32(h) }

func (s *VStack) Push(v int32) bool {
	var idx uint32
	select {
	case idx = <-s.free:
	default:
		return false
	}
	s.vals[idx-1] = v
	for {
		old := atomic.LoadUint64(&s.head)
		ver, top := unpack(old)
		s.nexts[idx-1] = top
		if atomic.CompareAndSwapUint64(&s.head, old, pack(ver+1, idx)) {
			return true
		}
	}
}

func (s *VStack) Pop() (int32, bool) {
	for {
		old := atomic.LoadUint64(&s.head)
		ver, top := unpack(old)
		if top == 0 {
			return 0, false
		}
		next := s.nexts[top-1]
		v := s.vals[top-1]
		if atomic.CompareAndSwapUint64(&s.head, old, pack(ver+1, next)) {
			s.free <- top
			return v, true
		}
	}
}

func main() {
	s := NewStack()
	for i := 1; i <= 5; i++ {
		s.Push(i * 10)
	}
	fmt.Println(s.Snapshot(), s.Len())
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Snapshot())

	const producers, per = 6, 2000
	var wg sync.WaitGroup
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < per; i++ {
				s.Push(1000 + p*per + i)
			}
		}(p)
	}
	wg.Wait()
	fmt.Println("after pushes:", s.Len())

	var mu sync.Mutex
	seen := make(map[int]int)
	for c := 0; c < 4; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := make([]int, 0, 256)
			for {
				v, ok := s.Pop()
				if !ok {
					break
				}
				local = append(local, v)
			}
			mu.Lock()
			for _, v := range local {
				seen[v]++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	dups, missing := 0, 0
	for i := 0; i < producers*per; i++ {
		switch seen[1000+i] {
		case 0:
			missing++
		case 1:
		default:
			dups++
		}
	}
	fmt.Println("popped:", len(seen), "dups:", dups, "missing:", missing, "old values:", seen[10], seen[40], "len:", s.Len())
	_, ok = s.Pop()
	fmt.Println("empty pop ok:", ok, "cas fails non-negative:", atomic.LoadInt64(&s.casFails) >= 0)

	vs := NewVStack(64)
	for i := int32(0); i < 70; i++ {
		if !vs.Push(i) {
			fmt.Println("full at", i)
			break
		}
	}
	var got []int
	var gmu sync.Mutex
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				if v, ok := vs.Pop(); ok {
					vs.Push(v)
				}
			}
		}(w)
	}
	wg.Wait()
	for {
		v, ok := vs.Pop()
		if !ok {
			break
		}
		gmu.Lock()
		got = append(got, int(v))
		gmu.Unlock()
	}
	sort.Ints(got)
	okAll := len(got) == 64
	for i, v := range got {
		if v != i {
			okAll = false
		}
	}
	fmt.Println("vstack values intact:", okAll, len(got), len(vs.free))
	ver, idx := unpack(pack(7, 3))
	fmt.Println(ver, idx, pack(1, 1), unsafe.Sizeof(node{}), unsafe.Sizeof(Stack{}))
}
