// Lock-free statistics: atomic.Int64 fields, the older atomic.AddInt64 on
// plain fields, atomic.Value holding a config struct, and CompareAndSwap max.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	bytes    int64
	maxSeen  int64
	closed   atomic.Bool
}

type Config struct {
	Name    string
	Limit   int
	Verbose bool
}

var current atomic.Value

func (s *Stats) Observe(n int64, failed bool) {
	s.requests.Add(1)
	if failed {
		s.errors.Add(1)
	}
	atomic.AddInt64(&s.bytes, n)
	for {
		old := atomic.LoadInt64(&s.maxSeen)
		if n <= old || atomic.CompareAndSwapInt64(&s.maxSeen, old, n) {
			break
		}
	}
}

func (s *Stats) Snapshot() (req int64, errs int32, total int64, max int64) {
	return s.requests.Load(), s.errors.Load(), atomic.LoadInt64(&s.bytes), atomic.LoadInt64(&s.maxSeen)
}

func loadConfig() *Config {
	return current.Load().(*Config)
}

func main() {
	current.Store(&Config{Name: "default", Limit: 10})
	var st Stats
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 1; i <= 100; i++ {
				st.Observe(int64(i*(id+1)), i%10 == 0)
			}
		}(w)
	}
	wg.Wait()
	r, e, b, m := st.Snapshot()
	fmt.Println("requests", r, "errors", e, "bytes", b, "max", m)

	cfg := loadConfig()
	fmt.Printf("%+v\n", *cfg)
	next := *cfg
	next.Limit = 20
	next.Verbose = true
	current.Store(&next)
	fmt.Printf("%+v\n", *loadConfig())

	if !st.closed.Swap(true) {
		fmt.Println("closed once")
	}
	if !st.closed.CompareAndSwap(false, true) {
		fmt.Println("already closed")
	}

	var ops uint64
	var wg2 sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg2.Add(1)
		go func() {
			for j := 0; j < 50; j++ {
				atomic.AddUint64(&ops, 1)
			}
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println("ops", atomic.LoadUint64(&ops))
}
