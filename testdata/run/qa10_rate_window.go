// A sliding-window rate limiter: counts per second in a fixed ring of
// buckets, protected by a mutex; time is passed in, so output is fixed.
package main

import (
	"fmt"
	"sync"
)

const window = 5

type Limiter struct {
	mu      sync.Mutex
	limit   int
	buckets [window]int
	stamps  [window]int64
	allowed int
	denied  int
}

func NewLimiter(limit int) *Limiter {
	return &Limiter{limit: limit}
}

func (l *Limiter) countLocked(now int64) int {
	total := 0
	for i := range l.buckets {
		if now-l.stamps[i] < window {
			total += l.buckets[i]
		}
	}
	return total
}

func (l *Limiter) Allow(now int64) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	slot := now % window
	if l.stamps[slot] != now {
		l.stamps[slot] = now
		l.buckets[slot] = 0
	}
	if l.countLocked(now) >= l.limit {
		l.denied++
		return false
	}
	l.buckets[slot]++
	l.allowed++
	return true
}

func (l *Limiter) Stats() (allowed, denied int) {
	l.mu.Lock()
	allowed, denied = l.allowed, l.denied
	l.mu.Unlock()
	return
}

type perKey struct {
	mu sync.Mutex
	m  map[string]*Limiter
	n  int
}

func (p *perKey) get(key string) *Limiter {
	p.mu.Lock()
	defer p.mu.Unlock()
	l, ok := p.m[key]
	if !ok {
		l = NewLimiter(p.n)
		p.m[key] = l
	}
	return l
}

func main() {
	l := NewLimiter(6)
	pattern := []int{3, 2, 4, 0, 1, 0, 0, 5, 5, 1}
	for sec, n := range pattern {
		ok := 0
		for i := 0; i < n; i++ {
			if l.Allow(int64(sec)) {
				ok++
			}
		}
		fmt.Printf("t=%d asked=%d ok=%d\n", sec, n, ok)
	}
	fmt.Println(l.Stats())

	keys := &perKey{m: map[string]*Limiter{}, n: 3}
	var wg sync.WaitGroup
	results := make([]int, 3)
	for k := 0; k < 3; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			lim := keys.get(fmt.Sprint("user", k))
			for i := 0; i < 10; i++ {
				if lim.Allow(100) {
					results[k]++
				}
			}
		}(k)
	}
	wg.Wait()
	fmt.Println(results, len(keys.m))
}
