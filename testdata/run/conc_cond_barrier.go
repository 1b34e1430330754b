package main

import (
	"fmt"
	"sync"
)

// A reusable barrier built on sync.Cond: N goroutines meet at the end of
// every phase; the last to arrive starts the next generation with
// Broadcast. Each phase's sums are exact and in order.

type Barrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Wait() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return gen
	}
	for gen == b.gen {
		b.cond.Wait()
	}
	return gen
}

func main() {
	const workers, phases = 5, 4
	b := NewBarrier(workers)
	grid := make([]int, workers)
	sums := make([][]int, phases)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for p := 0; p < phases; p++ {
				grid[w] += (w + 1) * (p + 1)
				b.Wait()
				s := 0
				for _, v := range grid {
					s += v
				}
				mu.Lock()
				sums[p] = append(sums[p], s)
				mu.Unlock()
				b.Wait()
			}
		}(w)
	}
	wg.Wait()
	for p, s := range sums {
		same := true
		for _, v := range s {
			if v != s[0] {
				same = false
			}
		}
		fmt.Printf("phase %d: %d workers saw %d (agree: %v)\n", p, len(s), s[0], same)
	}
	fmt.Println("generations:", b.gen)

	var ready sync.WaitGroup
	var mu2 sync.Mutex
	c := sync.NewCond(&mu2)
	started := false
	woken := make(chan int, 3)
	for i := 0; i < 3; i++ {
		ready.Add(1)
		go func(i int) {
			mu2.Lock()
			ready.Done()
			for !started {
				c.Wait()
			}
			mu2.Unlock()
			woken <- i
		}(i)
	}
	ready.Wait()
	mu2.Lock()
	started = true
	c.Broadcast()
	mu2.Unlock()
	total := 0
	for i := 0; i < 3; i++ {
		total += <-woken
	}
	fmt.Println("broadcast woke all:", total == 3)
}
