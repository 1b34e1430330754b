// Workers with a quit channel and select: a bounded pool that rejects work
// when its queue is full, and drains cleanly on shutdown.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrFull = errors.New("queue full")
var ErrClosed = errors.New("pool closed")

type Pool struct {
	work   chan func() int
	quit   chan struct{}
	wg     sync.WaitGroup
	mu     sync.Mutex
	closed bool
	res    []int
}

func NewPool(workers, queue int) *Pool {
	p := &Pool{work: make(chan func() int, queue), quit: make(chan struct{})}
	p.wg.Add(workers)
	for i := 0; i < workers; i++ {
		go p.loop()
	}
	return p
}

func (p *Pool) loop() {
	defer p.wg.Done()
	for {
		select {
		case f, ok := <-p.work:
			if !ok {
				return
			}
			v := f()
			p.mu.Lock()
			p.res = append(p.res, v)
			p.mu.Unlock()
		case <-p.quit:
			return
		}
	}
}

func (p *Pool) Submit(f func() int) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return ErrClosed
	}
	select {
	case p.work <- f:
		return nil
	default:
		return ErrFull
	}
}

func (p *Pool) Close() []int {
	p.mu.Lock()
	p.closed = true
	close(p.work)
	p.mu.Unlock()
	p.wg.Wait()
	sort.Ints(p.res)
	return p.res
}

func main() {
	gate := make(chan struct{})
	p := NewPool(2, 3)
	var accepted, full int
	for i := 1; i <= 8; i++ {
		i := i
		err := p.Submit(func() int {
			<-gate
			return i * i
		})
		switch {
		case err == nil:
			accepted++
		case errors.Is(err, ErrFull):
			full++
		}
	}
	fmt.Println(accepted >= 3, accepted+full)
	close(gate)
	res := p.Close()
	fmt.Println(len(res) == accepted, res[0])
	fmt.Println(p.Submit(func() int { return 0 }))

	done := make(chan struct{})
	results := make(chan int)
	go func() {
		defer close(results)
		for i := 0; ; i++ {
			select {
			case results <- i:
			case <-done:
				return
			}
		}
	}()
	sum := 0
	for v := range results {
		sum += v
		if v == 10 {
			close(done)
			break
		}
	}
	fmt.Println(sum)
}
