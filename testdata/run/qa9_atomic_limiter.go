// A token-bucket-ish rate limiter built only from sync/atomic types:
// atomic.Int64 for tokens, atomic.Uint32 for rejects, atomic.Bool for closed.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Limiter struct {
	tokens   atomic.Int64
	rejected atomic.Uint32
	granted  atomic.Uint64
	closed   atomic.Bool
	last     atomic.Value // string: who got the last token
}

func NewLimiter(n int64) *Limiter {
	l := &Limiter{}
	l.tokens.Store(n)
	l.last.Store("")
	return l
}

func (l *Limiter) Take(who string) bool {
	if l.closed.Load() {
		l.rejected.Add(1)
		return false
	}
	for {
		t := l.tokens.Load()
		if t <= 0 {
			l.rejected.Add(1)
			return false
		}
		if l.tokens.CompareAndSwap(t, t-1) {
			l.granted.Add(1)
			l.last.Store(who)
			return true
		}
	}
}

func (l *Limiter) Refill(n int64) int64 { return l.tokens.Add(n) }

func (l *Limiter) Close() bool { return l.closed.CompareAndSwap(false, true) }

func main() {
	l := NewLimiter(5)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 2; j++ {
				l.Take(fmt.Sprint("w", id))
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("granted", l.granted.Load(), "rejected", l.rejected.Load(), "left", l.tokens.Load())
	fmt.Println("refill ->", l.Refill(3))
	fmt.Println(l.Take("main"), l.last.Load())
	fmt.Println("close:", l.Close(), "again:", l.Close())
	fmt.Println(l.Take("late"), l.rejected.Load())
	old := l.tokens.Swap(100)
	fmt.Println("swapped out", old, "now", l.tokens.Load())
}
