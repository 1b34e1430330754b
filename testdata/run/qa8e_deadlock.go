package main

import (
	"fmt"
	"sync"
)

type Pipeline struct {
	in  chan int
	out chan int
	wg  sync.WaitGroup
}

func (p *Pipeline) start(workers int) {
	for i := 0; i < workers; i++ {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for v := range p.in {
				p.out <- v * 2
			}
		}()
	}
}

func main() {
	p := &Pipeline{in: make(chan int), out: make(chan int, 100)}
	p.start(2)
	for i := 1; i <= 5; i++ {
		p.in <- i
	}
	close(p.in)
	p.wg.Wait()
	close(p.out)
	sum := 0
	for v := range p.out {
		sum += v
	}
	fmt.Println("sum", sum)
	done := make(chan bool)
	go func() {
		fmt.Println("worker waiting for a signal that never comes")
		<-done
	}()
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("main locking twice")
	mu.Lock()
}
