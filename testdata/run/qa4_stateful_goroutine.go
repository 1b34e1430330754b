// State owned by a single goroutine ("share memory by communicating"):
// reads and writes as request structs with reply channels, compared with
// the same store behind a sync.RWMutex; plus a token-bucket rate limiter
// and a bursty limiter from buffered time channels. Only final counts and
// invariants are printed.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key, val int
	resp     chan bool
}

type snapshotOp struct {
	resp chan map[int]int
}

func stateOwner(reads chan readOp, writes chan writeOp, snaps chan snapshotOp, quit chan struct{}) {
	state := map[int]int{}
	for {
		select {
		case r := <-reads:
			r.resp <- state[r.key]
		case w := <-writes:
			state[w.key] += w.val
			w.resp <- true
		case s := <-snaps:
			cp := make(map[int]int, len(state))
			for k, v := range state {
				cp[k] = v
			}
			s.resp <- cp
		case <-quit:
			return
		}
	}
}

type lockedStore struct {
	mu    sync.RWMutex
	state map[int]int
}

func (s *lockedStore) read(k int) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.state[k]
}

func (s *lockedStore) write(k, v int) {
	s.mu.Lock()
	s.state[k] += v
	s.mu.Unlock()
}

func format(m map[int]int) string {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%d:%d", k, m[k]))
	}
	return strings.Join(parts, " ")
}

type tokenBucket struct {
	mu       sync.Mutex
	tokens   int
	capacity int
}

func (b *tokenBucket) take() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.tokens == 0 {
		return false
	}
	b.tokens--
	return true
}

func (b *tokenBucket) refill(n int) {
	b.mu.Lock()
	b.tokens += n
	if b.tokens > b.capacity {
		b.tokens = b.capacity
	}
	b.mu.Unlock()
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	snaps := make(chan snapshotOp)
	quit := make(chan struct{})
	go stateOwner(reads, writes, snaps, quit)

	var readOps, writeOps uint64
	var wg sync.WaitGroup
	for r := 0; r < 20; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				op := readOp{key: (r + i) % 5, resp: make(chan int)}
				reads <- op
				<-op.resp
				atomic.AddUint64(&readOps, 1)
			}
		}(r)
	}
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				op := writeOp{key: w, val: i % 4, resp: make(chan bool)}
				writes <- op
				<-op.resp
				atomic.AddUint64(&writeOps, 1)
			}
		}(w)
	}
	wg.Wait()
	snap := snapshotOp{resp: make(chan map[int]int)}
	snaps <- snap
	fmt.Println("owner goroutine:", format(<-snap.resp))
	fmt.Println("ops:", atomic.LoadUint64(&readOps), atomic.LoadUint64(&writeOps))
	close(quit)

	ls := &lockedStore{state: map[int]int{}}
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				ls.write(w, i%4)
				_ = ls.read((w + 1) % 5)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("rwmutex store:  ", format(ls.state))

	bucket := &tokenBucket{tokens: 3, capacity: 3}
	granted, denied := 0, 0
	for round := 0; round < 4; round++ {
		for i := 0; i < 5; i++ {
			if bucket.take() {
				granted++
			} else {
				denied++
			}
		}
		bucket.refill(2)
	}
	fmt.Println("token bucket: granted", granted, "denied", denied)

	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.NewTicker(3 * time.Millisecond)
	start := time.Now()
	var served []int
	for req := range requests {
		<-limiter.C
		served = append(served, req)
	}
	limiter.Stop()
	fmt.Println("limited:", served, "spaced out:", time.Since(start) >= 12*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(5 * time.Millisecond) {
			bursty <- t
		}
	}()
	burstReqs := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstReqs <- i
	}
	close(burstReqs)
	start = time.Now()
	var times []time.Duration
	for range burstReqs {
		<-bursty
		times = append(times, time.Since(start))
	}
	fmt.Println("first three immediate:", times[2] < 100*time.Millisecond, "last waited:", times[4] >= 8*time.Millisecond)
}
