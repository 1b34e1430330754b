// A Treiber stack built on atomic.Pointer[node], hammered by producers and
// consumers; compared with a mutex-protected slice stack. Only totals and
// invariants are printed (the interleaving differs from run to run).
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type node struct {
	val  int
	next *node
}

type LockFreeStack struct {
	head   atomic.Pointer[node]
	size   atomic.Int64
	pushes atomic.Uint64
	casRetries atomic.Uint64
}

func (s *LockFreeStack) Push(v int) {
	n := &node{val: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			s.size.Add(1)
			s.pushes.Add(1)
			return
		}
		s.casRetries.Add(1)
	}
}

func (s *LockFreeStack) Pop() (int, bool) {
	for {
		old := s.head.Load()
		if old == nil {
			return 0, false
		}
		if s.head.CompareAndSwap(old, old.next) {
			s.size.Add(-1)
			return old.val, true
		}
		s.casRetries.Add(1)
	}
}

type MutexStack struct {
	mu    sync.Mutex
	items []int
}

func (s *MutexStack) Push(v int) {
	s.mu.Lock()
	s.items = append(s.items, v)
	s.mu.Unlock()
}

func (s *MutexStack) Pop() (int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Stack interface {
	Push(int)
	Pop() (int, bool)
}

func hammer(name string, s Stack, producers, perProducer int) {
	var wg sync.WaitGroup
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < perProducer; i++ {
				s.Push(p*perProducer + i)
			}
		}(p)
	}
	wg.Wait()

	results := make(chan []int, producers)
	for c := 0; c < producers; c++ {
		go func() {
			var got []int
			for {
				v, ok := s.Pop()
				if !ok {
					break
				}
				got = append(got, v)
			}
			results <- got
		}()
	}
	var all []int
	for c := 0; c < producers; c++ {
		all = append(all, <-results...)
	}
	sort.Ints(all)
	ok := len(all) == producers*perProducer
	for i, v := range all {
		if v != i {
			ok = false
			break
		}
	}
	sum := 0
	for _, v := range all {
		sum += v
	}
	_, empty := s.Pop()
	fmt.Printf("%-10s popped=%d sum=%d every value once=%v empty after=%v\n", name, len(all), sum, ok, !empty)
}

func main() {
	lf := &LockFreeStack{}
	hammer("lock-free", lf, 8, 2500)
	fmt.Println("size", lf.size.Load(), "pushes", lf.pushes.Load(), "retries>=0", lf.casRetries.Load() >= 0)
	hammer("mutex", &MutexStack{}, 8, 2500)

	// LIFO order single-threaded.
	ints := &LockFreeStack{}
	for _, v := range []int{1, 2, 3} {
		ints.Push(v * 11)
	}
	for {
		v, ok := ints.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// atomic.Pointer basics: Swap returns the old value, nil-safe Load.
	var cfg atomic.Pointer[map[string]int]
	fmt.Println(cfg.Load() == nil)
	m1 := map[string]int{"v": 1}
	cfg.Store(&m1)
	m2 := map[string]int{"v": 2}
	old := cfg.Swap(&m2)
	fmt.Println((*old)["v"], (*cfg.Load())["v"], cfg.CompareAndSwap(old, &m1), cfg.CompareAndSwap(&m2, &m1), (*cfg.Load())["v"])

	// The classic ABA-free counter: CAS loop vs Add.
	var hits atomic.Int32
	var casHits int32
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				hits.Add(1)
				for {
					v := atomic.LoadInt32(&casHits)
					if atomic.CompareAndSwapInt32(&casHits, v, v+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), atomic.LoadInt32(&casHits))
}
