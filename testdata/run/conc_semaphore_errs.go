package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Bounded parallelism with a buffered channel as a semaphore, the peak
// number in flight tracked with a CompareAndSwap loop, and the first error
// winning (errgroup-style) while later tasks see the stop flag.

var ErrOdd = errors.New("odd input")

type group struct {
	wg      sync.WaitGroup
	once    sync.Once
	err     error
	stopped atomic.Bool
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.stopped.Store(true)
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	return g.err
}

func storeMax(p *atomic.Int32, v int32) {
	for {
		old := p.Load()
		if v <= old || p.CompareAndSwap(old, v) {
			return
		}
	}
}

func main() {
	sem := make(chan struct{}, 3)
	var inflight, peak atomic.Int32
	var done atomic.Int64
	results := make([]int, 12)
	var g group
	for i := 0; i < 12; i++ {
		i := i
		g.Go(func() error {
			sem <- struct{}{}
			defer func() { <-sem }()
			n := inflight.Add(1)
			storeMax(&peak, n)
			time.Sleep(time.Millisecond)
			results[i] = i * i
			inflight.Add(-1)
			done.Add(1)
			return nil
		})
	}
	fmt.Println("err:", g.Wait(), "done:", done.Load(), "peak <= 3:", peak.Load() <= 3, "peak >= 1:", peak.Load() >= 1)
	fmt.Println(results)

	var g2 group
	var mu sync.Mutex
	var failed []int
	for i := 0; i < 6; i++ {
		i := i
		g2.Go(func() error {
			if i%2 == 1 {
				mu.Lock()
				failed = append(failed, i)
				mu.Unlock()
				return fmt.Errorf("task %d: %w", i, ErrOdd)
			}
			return nil
		})
	}
	err := g2.Wait()
	sort.Ints(failed)
	fmt.Println("failed tasks:", failed, "stopped:", g2.stopped.Load())
	fmt.Println("first error is ErrOdd:", errors.Is(err, ErrOdd))
}
