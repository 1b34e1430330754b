// A token-bucket rate limiter per client, driven by a fake clock so the
// output is deterministic. Limiters are created lazily under a mutex and
// counted with sync/atomic functions.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Clock interface {
	Now() int64
}

type fakeClock struct {
	t int64
}

func (c *fakeClock) Now() int64      { return c.t }
func (c *fakeClock) Advance(d int64) { c.t += d }

type bucket struct {
	tokens   float64
	last     int64
	rate     float64 // tokens per tick
	capacity float64
}

func (b *bucket) allow(now int64) bool {
	elapsed := float64(now - b.last)
	b.last = now
	b.tokens += elapsed * b.rate
	if b.tokens > b.capacity {
		b.tokens = b.capacity
	}
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

type Limiter struct {
	mu       sync.Mutex
	clock    Clock
	buckets  map[string]*bucket
	rate     float64
	capacity float64
	allowed  int64
	denied   int64
}

func NewLimiter(c Clock, rate, capacity float64) *Limiter {
	return &Limiter{clock: c, buckets: make(map[string]*bucket), rate: rate, capacity: capacity}
}

func (l *Limiter) Allow(client string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[client]
	if !ok {
		b = &bucket{tokens: l.capacity, last: l.clock.Now(), rate: l.rate, capacity: l.capacity}
		l.buckets[client] = b
	}
	if b.allow(l.clock.Now()) {
		atomic.AddInt64(&l.allowed, 1)
		return true
	}
	atomic.AddInt64(&l.denied, 1)
	return false
}

func (l *Limiter) Stats() (allowed, denied int64) {
	return atomic.LoadInt64(&l.allowed), atomic.LoadInt64(&l.denied)
}

func (l *Limiter) Clients() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]string, 0, len(l.buckets))
	for k := range l.buckets {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func main() {
	clk := &fakeClock{}
	lim := NewLimiter(clk, 0.5, 3)
	pattern := []string{"a", "a", "b", "a", "a", "c", "b", "a", "b", "b", "b", "c"}
	for round := 0; round < 3; round++ {
		var line []byte
		for _, cl := range pattern {
			if lim.Allow(cl) {
				line = append(line, cl[0]-'a'+'A')
			} else {
				line = append(line, '.')
			}
		}
		fmt.Printf("round %d t=%d %s\n", round, clk.Now(), line)
		clk.Advance(int64(2 + round))
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				lim.Allow(fmt.Sprintf("w%d", id))
			}
		}(i)
	}
	wg.Wait()
	a, d := lim.Stats()
	fmt.Println("allowed", a, "denied", d, "total", a+d)
	fmt.Println("clients", lim.Clients())
}
