package main

import (
	"fmt"
	"sync"
	"time"
)

type Clock interface{ Now() time.Time }

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type Bucket struct {
	mu       sync.Mutex
	clock    Clock
	capacity float64
	tokens   float64
	rate     float64
	last     time.Time
}

func NewBucket(c Clock, capacity int, perSecond float64) *Bucket {
	return &Bucket{clock: c, capacity: float64(capacity), tokens: float64(capacity), rate: perSecond, last: c.Now()}
}

func (b *Bucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.clock.Now()
	el := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens += el * b.rate
	if b.tokens > b.capacity {
		b.tokens = b.capacity
	}
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func main() {
	clk := &fakeClock{time.Unix(1700000000, 0)}
	b := NewBucket(clk, 3, 2)
	var res []bool
	for i := 0; i < 5; i++ {
		res = append(res, b.Allow())
	}
	fmt.Println(res)
	clk.Advance(500 * time.Millisecond)
	fmt.Println(b.Allow(), b.Allow())
	clk.Advance(10 * time.Second)
	n := 0
	for b.Allow() {
		n++
	}
	fmt.Println("burst after idle:", n)
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	clk.Advance(time.Hour)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if b.Allow() {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("concurrent allowed:", allowed)
	fmt.Println(clk.Now().Unix(), clk.Now().Sub(time.Unix(1700000000, 0)))
}
