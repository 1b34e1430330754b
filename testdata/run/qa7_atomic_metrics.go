// Request metrics updated from many goroutines: atomic.Int64 fields in a
// struct, plain int64 counters with atomic.AddInt64, and an atomic.Value
// holding the current configuration snapshot.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Metrics struct {
	requests atomic.Int64
	errors   atomic.Int64
	bytesIn  int64
	maxSeen  atomic.Int32
	closed   atomic.Bool
}

type settings struct {
	name  string
	limit int
}

var current atomic.Value

func (m *Metrics) observe(size int, failed bool) {
	m.requests.Add(1)
	if failed {
		m.errors.Add(1)
	}
	atomic.AddInt64(&m.bytesIn, int64(size))
	for {
		old := m.maxSeen.Load()
		if int32(size) <= old || m.maxSeen.CompareAndSwap(old, int32(size)) {
			break
		}
	}
}

func (m *Metrics) Snapshot() (req, errs, bytes int64, max int32) {
	return m.requests.Load(), m.errors.Load(), atomic.LoadInt64(&m.bytesIn), m.maxSeen.Load()
}

func limit() int {
	return current.Load().(*settings).limit
}

func main() {
	current.Store(&settings{name: "default", limit: 100})
	var m Metrics
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				size := (id*250 + i) % 97
				m.observe(size, size > limit())
			}
		}(w)
	}
	wg.Wait()
	req, errs, in, max := m.Snapshot()
	fmt.Println("requests", req, "errors", errs, "bytes", in, "max", max)

	current.Store(&settings{name: "strict", limit: 50})
	var dropped int64
	var wg2 sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for i := 0; i < 100; i++ {
				if i > limit() {
					atomic.AddInt64(&dropped, 1)
				}
			}
		}()
	}
	wg2.Wait()
	fmt.Println("dropped", atomic.LoadInt64(&dropped), "by", current.Load().(*settings).name)
	m.closed.Store(true)
	fmt.Println("closed", m.closed.Load(), m.closed.Swap(false), m.closed.Load())
}
