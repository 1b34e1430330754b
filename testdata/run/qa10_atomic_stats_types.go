// Request statistics kept with the typed atomics of Go 1.19:
// atomic.Int64, atomic.Uint32, atomic.Bool and the older sync/atomic funcs.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int64
	inFlight atomic.Int32
	maxSeen  atomic.Int32
	shutdown atomic.Bool
	version  atomic.Uint32
	legacy   int64 // updated with atomic.AddInt64
}

func (s *Stats) begin() bool {
	if s.shutdown.Load() {
		return false
	}
	s.requests.Add(1)
	n := s.inFlight.Add(1)
	for {
		m := s.maxSeen.Load()
		if n <= m || s.maxSeen.CompareAndSwap(m, n) {
			break
		}
	}
	return true
}

func (s *Stats) end(failed bool) {
	if failed {
		s.errors.Add(1)
	}
	s.inFlight.Add(-1)
	atomic.AddInt64(&s.legacy, 1)
}

type Snapshot struct {
	Requests, Errors, Legacy int64
	InFlight                 int32
	Version                  uint32
}

func (s *Stats) Snapshot() Snapshot {
	return Snapshot{
		Requests: s.requests.Load(),
		Errors:   s.errors.Load(),
		Legacy:   atomic.LoadInt64(&s.legacy),
		InFlight: s.inFlight.Load(),
		Version:  s.version.Load(),
	}
}

func handle(s *Stats, id int) {
	if !s.begin() {
		return
	}
	s.end(id%7 == 0)
}

func main() {
	st := &Stats{}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				handle(st, w*250+i)
			}
		}(w)
	}
	wg.Wait()
	snap := st.Snapshot()
	fmt.Printf("%+v\n", snap)
	fmt.Println(st.maxSeen.Load() >= 1)

	old := st.version.Swap(2)
	fmt.Println(old, st.version.Load())
	fmt.Println(st.version.CompareAndSwap(1, 5), st.version.CompareAndSwap(2, 5), st.version.Load())

	st.shutdown.Store(true)
	handle(st, 1)
	fmt.Println(st.requests.Load(), st.shutdown.Load())

	var hits uint64
	var flag int32
	for i := 0; i < 10; i++ {
		atomic.AddUint64(&hits, 3)
	}
	fmt.Println(atomic.LoadUint64(&hits), atomic.CompareAndSwapInt32(&flag, 0, 1), atomic.SwapInt32(&flag, 9), flag)
}
