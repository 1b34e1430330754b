package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

// A lock-free sorted insert-only set on atomic.Pointer[node], pushed to by
// many goroutines with CompareAndSwap retries; then a lock-free counter map
// of atomic.Int64 and an atomic.Bool guarded one-time switch.

type node struct {
	val  int
	next atomic.Pointer[node]
}

type Set struct {
	head node // sentinel
	size atomic.Int64
}

func (s *Set) Insert(v int) bool {
	for {
		prev := &s.head
		cur := prev.next.Load()
		for cur != nil && cur.val < v {
			prev = cur
			cur = cur.next.Load()
		}
		if cur != nil && cur.val == v {
			return false
		}
		n := &node{val: v}
		n.next.Store(cur)
		if prev.next.CompareAndSwap(cur, n) {
			s.size.Add(1)
			return true
		}
	}
}

func (s *Set) Values() []int {
	var out []int
	for n := s.head.next.Load(); n != nil; n = n.next.Load() {
		out = append(out, n.val)
	}
	return out
}

func main() {
	var s Set
	var wg sync.WaitGroup
	var inserted atomic.Int64
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				if s.Insert((i*7 + g*3) % 60) {
					inserted.Add(1)
				}
			}
		}(g)
	}
	wg.Wait()
	vals := s.Values()
	fmt.Println("size", s.size.Load(), "inserted", inserted.Load(), "len", len(vals))
	fmt.Println("sorted:", sort.IntsAreSorted(vals), "first", vals[:5], "last", vals[len(vals)-3:])

	counters := make([]atomic.Int64, 4)
	var on atomic.Bool
	var winners atomic.Int32
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				counters[(g+i)%4].Add(int64(i))
			}
			if on.CompareAndSwap(false, true) {
				winners.Add(1)
			}
		}(g)
	}
	wg.Wait()
	var total int64
	for i := range counters {
		total += counters[i].Load()
	}
	fmt.Println("total", total, "switch on", on.Load(), "winners", winners.Load())
	var u atomic.Uint64
	u.Store(1 << 63)
	fmt.Println(u.Add(1), u.Swap(7), u.Load())
}
