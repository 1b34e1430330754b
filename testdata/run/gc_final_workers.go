// Finalizers of objects made by goroutines that have finished, collected
// by main in a loop with time.Sleep, while another goroutine waits on a
// channel for the count.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type Obj struct {
	id      int
	payload []int
}

var finalized int32

func worker(id int, wg *sync.WaitGroup, out chan<- int) {
	defer wg.Done()
	sum := 0
	for i := 0; i < 5; i++ {
		o := &Obj{id: id*10 + i, payload: make([]int, 100)}
		runtime.SetFinalizer(o, func(o *Obj) { atomic.AddInt32(&finalized, 1) })
		sum += o.id
	}
	out <- sum
}

func main() {
	var wg sync.WaitGroup
	out := make(chan int, 3)
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, &wg, out)
	}
	wg.Wait()
	close(out)
	total := 0
	for s := range out {
		total += s
	}
	fmt.Println("sum of ids:", total)

	report := make(chan int32)
	go func() {
		for {
			if n := atomic.LoadInt32(&finalized); n >= 15 {
				report <- n
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	for i := 0; i < 100; i++ {
		runtime.GC()
		select {
		case n := <-report:
			fmt.Println("finalized:", n)
			return
		case <-time.After(5 * time.Millisecond):
		}
	}
	fmt.Println("finalized only:", atomic.LoadInt32(&finalized))
}
