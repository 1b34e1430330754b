package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	bytes    atomic.Uint64
	mu       sync.Mutex
	byPath   map[string]int
}

func (s *Stats) Record(path string, n int, failed bool) {
	s.requests.Add(1)
	if failed {
		s.errors.Add(1)
	}
	s.bytes.Add(uint64(n))
	s.mu.Lock()
	s.byPath[path]++
	s.mu.Unlock()
}

func main() {
	s := &Stats{byPath: map[string]int{}}
	paths := []string{"/", "/api", "/static"}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				s.Record(paths[(w+i)%3], i%10, i%50 == 0)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(s.requests.Load(), s.errors.Load(), s.bytes.Load())
	fmt.Println(s.byPath["/"]+s.byPath["/api"]+s.byPath["/static"], len(s.byPath))
	var racy, safe int64
	var wg2 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := 0; j < 1000; j++ {
				atomic.AddInt64(&safe, 1)
			}
		}()
	}
	wg2.Wait()
	racy = atomic.LoadInt64(&safe)
	fmt.Println(racy, safe)
	var ptr atomic.Uintptr
	ptr.Store(10)
	fmt.Println(ptr.Add(5), ptr.Swap(1), ptr.Load())
	var i32 atomic.Int32
	fmt.Println(i32.Add(-1), i32.CompareAndSwap(-1, 7), i32.Load())
}
