// Cancellation without context: a done channel closed once (sync.Once)
// stops a pipeline of generators and workers.
package main

import (
	"fmt"
	"sync"
)

type canceller struct {
	once sync.Once
	done chan struct{}
}

func newCanceller() *canceller { return &canceller{done: make(chan struct{})} }

func (c *canceller) cancel() { c.once.Do(func() { close(c.done) }) }

func gen(done <-chan struct{}, start int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := start; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	c := newCanceller()
	sq := square(c.done, gen(c.done, 1))
	sum := 0
	for v := range sq {
		sum += v
		if v >= 100 {
			c.cancel()
			c.cancel()
			break
		}
	}
	fmt.Println("sum:", sum)
	// drain: the pipeline stops because done is closed
	for range sq {
	}
	_, open := <-c.done
	fmt.Println("done closed:", !open)

	var wg sync.WaitGroup
	stopped := make(chan int, 5)
	quit := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-quit
			stopped <- id
		}(i)
	}
	close(quit)
	wg.Wait()
	close(stopped)
	n := 0
	for range stopped {
		n++
	}
	fmt.Println("stopped workers:", n)
}
