package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Clock interface {
	Now() time.Time
}

type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

type TokenBucket struct {
	mu       sync.Mutex
	clock    Clock
	rate     float64 // tokens per second
	burst    float64
	tokens   float64
	last     time.Time
	allowed  int
	rejected int
}

func NewTokenBucket(c Clock, rate float64, burst int) *TokenBucket {
	return &TokenBucket{clock: c, rate: rate, burst: float64(burst), tokens: float64(burst), last: c.Now()}
}

func (b *TokenBucket) refill() {
	now := b.clock.Now()
	el := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens += el * b.rate
	if b.tokens > b.burst {
		b.tokens = b.burst
	}
}

func (b *TokenBucket) Allow() bool { return b.AllowN(1) }

func (b *TokenBucket) AllowN(n int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill()
	if b.tokens >= float64(n) {
		b.tokens -= float64(n)
		b.allowed++
		return true
	}
	b.rejected++
	return false
}

func (b *TokenBucket) Wait() time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill()
	if b.tokens >= 1 {
		return 0
	}
	need := 1 - b.tokens
	return time.Duration(need / b.rate * float64(time.Second))
}

type SlidingWindow struct {
	clock  Clock
	window time.Duration
	limit  int
	events []time.Time
}

func (w *SlidingWindow) Allow() bool {
	now := w.clock.Now()
	cut := now.Add(-w.window)
	i := sort.Search(len(w.events), func(i int) bool { return w.events[i].After(cut) })
	w.events = append(w.events[:0], w.events[i:]...)
	if len(w.events) >= w.limit {
		return false
	}
	w.events = append(w.events, now)
	return true
}

type Limiter interface{ Allow() bool }

type perKey struct {
	mu       sync.Mutex
	limiters map[string]Limiter
	factory  func() Limiter
}

func (p *perKey) Allow(key string) bool {
	p.mu.Lock()
	l, ok := p.limiters[key]
	if !ok {
		l = p.factory()
		p.limiters[key] = l
	}
	p.mu.Unlock()
	return l.Allow()
}

func pattern(l Limiter, clk *fakeClock, steps []time.Duration) string {
	var sb strings.Builder
	for _, d := range steps {
		clk.Advance(d)
		if l.Allow() {
			sb.WriteByte('+')
		} else {
			sb.WriteByte('.')
		}
	}
	return sb.String()
}

func main() {
	start := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	clk := &fakeClock{now: start}
	tb := NewTokenBucket(clk, 2, 3)
	steps := make([]time.Duration, 0, 20)
	for i := 0; i < 20; i++ {
		steps = append(steps, time.Duration(i%4)*100*time.Millisecond)
	}
	fmt.Println("bucket ", pattern(tb, clk, steps))
	fmt.Println("allowed", tb.allowed, "rejected", tb.rejected)
	fmt.Println("wait", tb.Wait())
	clk.Advance(1500 * time.Millisecond)
	fmt.Println("wait", tb.Wait(), tb.AllowN(3), tb.AllowN(1))

	sw := &SlidingWindow{clock: clk, window: time.Second, limit: 3}
	fmt.Println("window ", pattern(sw, clk, steps))
	fmt.Println("now", clk.Now().Format(time.RFC3339Nano), clk.Now().Sub(start))

	pk := &perKey{limiters: map[string]Limiter{}, factory: func() Limiter { return NewTokenBucket(clk, 1, 2) }}
	var wg sync.WaitGroup
	results := make([][]bool, 3)
	for k := 0; k < 3; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			key := fmt.Sprint("user", k)
			for i := 0; i < 4; i++ {
				results[k] = append(results[k], pk.Allow(key))
			}
		}(k)
	}
	wg.Wait()
	for k, r := range results {
		fmt.Println(k, r)
	}
	d, _ := time.ParseDuration("1h2m3.5s")
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), int64(d/time.Millisecond))
}
