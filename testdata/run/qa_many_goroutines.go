package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Payload struct {
	id   int
	data []byte
	next *Payload
}

func main() {
	const N = 1000
	gate := make(chan struct{})
	results := make(chan *Payload, N)
	var wg sync.WaitGroup
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			p := &Payload{id: i, data: make([]byte, 64)}
			p.data[63] = byte(i)
			<-gate
			results <- p
		}(i)
	}
	fmt.Println("blocked goroutines >= N:", runtime.NumGoroutine() >= N)
	runtime.GC()
	close(gate)
	wg.Wait()
	close(results)
	var head *Payload
	sum := 0
	for p := range results {
		if p.data[63] != byte(p.id) {
			fmt.Println("corrupt", p.id)
		}
		p.next = head
		head = p
		sum += p.id
	}
	runtime.GC()
	n := 0
	for p := head; p != nil; p = p.next {
		n++
	}
	fmt.Println("sum", sum, "count", n)
	fmt.Println("goroutines back to 1:", runtime.NumGoroutine() == 1)
}
