package main

import (
	"errors"
	"fmt"
	"sync"
)

// A token-bucket limiter driven by a fake clock so that output is stable.
type Clock struct {
	mu  sync.Mutex
	now int64 // milliseconds
}

func (c *Clock) Now() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *Clock) Advance(ms int64) {
	c.mu.Lock()
	c.now += ms
	c.mu.Unlock()
}

type Bucket struct {
	mu       sync.Mutex
	clock    *Clock
	capacity float64
	tokens   float64
	rate     float64 // tokens per millisecond
	last     int64
	allowed  int
	denied   int
}

var ErrLimited = errors.New("rate limited")

func NewBucket(c *Clock, capacity int, perSecond float64) *Bucket {
	return &Bucket{clock: c, capacity: float64(capacity), tokens: float64(capacity), rate: perSecond / 1000, last: c.Now()}
}

func (b *Bucket) refill() {
	now := b.clock.Now()
	elapsed := now - b.last
	if elapsed <= 0 {
		return
	}
	b.tokens += float64(elapsed) * b.rate
	if b.tokens > b.capacity {
		b.tokens = b.capacity
	}
	b.last = now
}

func (b *Bucket) Take(n int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill()
	if b.tokens < float64(n) {
		b.denied++
		return fmt.Errorf("take %d (have %.2f): %w", n, b.tokens, ErrLimited)
	}
	b.tokens -= float64(n)
	b.allowed++
	return nil
}

type Limiter struct {
	mu      sync.Mutex
	clock   *Clock
	buckets map[string]*Bucket
	cap     int
	rate    float64
}

func (l *Limiter) For(key string) *Bucket {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[key]
	if !ok {
		b = NewBucket(l.clock, l.cap, l.rate)
		l.buckets[key] = b
	}
	return b
}

func main() {
	clk := &Clock{}
	lim := &Limiter{clock: clk, buckets: make(map[string]*Bucket), cap: 3, rate: 2}
	users := []string{"ann", "bob", "ann", "ann", "ann", "bob", "cy", "ann"}
	for step := 0; step < 4; step++ {
		for i, u := range users {
			err := lim.For(u).Take(1 + i%2)
			switch {
			case err == nil:
				fmt.Printf("t=%4d %-3s ok\n", clk.Now(), u)
			case errors.Is(err, ErrLimited):
				fmt.Printf("t=%4d %-3s %v\n", clk.Now(), u, err)
			}
		}
		clk.Advance(750)
	}
	var wg sync.WaitGroup
	b := lim.For("shared")
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				_ = b.Take(1)
			}
		}()
	}
	wg.Wait()
	stats := map[string][2]int{}
	for k, bk := range lim.buckets {
		stats[k] = [2]int{bk.allowed, bk.denied}
	}
	fmt.Println(stats)
}
