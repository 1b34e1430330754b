package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type cell struct {
	mu    sync.Mutex
	val   int
	owner int
}

type grid struct {
	cells []*cell
	w     int
}

func newGrid(w, h int) *grid {
	g := &grid{w: w, cells: make([]*cell, w*h)}
	for i := range g.cells {
		g.cells[i] = &cell{owner: -1}
	}
	return g
}

func (g *grid) claim(id, x, y int) bool {
	c := g.cells[y*g.w+x]
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.owner >= 0 {
		return false
	}
	c.owner = id
	c.val = id * 10
	return true
}

func main() {
	const workers = 5000
	g := newGrid(50, 50)
	var claimed atomic.Int32
	var maxLive atomic.Int32
	var live atomic.Int32
	var wg sync.WaitGroup
	start := make(chan struct{})
	for id := 0; id < workers; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			n := live.Add(1)
			for {
				m := maxLive.Load()
				if n <= m || maxLive.CompareAndSwap(m, n) {
					break
				}
			}
			<-start
			local := make([]int, 0, 4)
			for k := 0; k < 2; k++ {
				x, y := (id*7+k*13)%50, (id*3+k)%50
				if g.claim(id, x, y) {
					local = append(local, x, y)
				}
			}
			claimed.Add(int32(len(local) / 2))
			live.Add(-1)
		}(id)
	}
	for live.Load() < workers {
		runtime.Gosched()
	}
	fmt.Println("all parked:", runtime.NumGoroutine() >= workers, maxLive.Load() == workers)
	close(start)
	wg.Wait()
	owned := 0
	sum := 0
	for _, c := range g.cells {
		if c.owner >= 0 {
			owned++
			sum += c.val / 10 % 1
		}
	}
	fmt.Println("claimed:", claimed.Load(), "owned:", owned, int(claimed.Load()) == owned, sum)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("stack in use > 0:", ms.StackInuse > 0, "live:", live.Load())
}
