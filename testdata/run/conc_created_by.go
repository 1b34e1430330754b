package main

import (
	"fmt"
	"sync"
)

// A panic in a goroutine started by a method value inside a helper that a
// goroutine runs: Go's report names the helper in "created by".

type worker struct{ id int }

func (w *worker) run(ch chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range ch {
		if v == 3 {
			w.fail(v)
		}
		fmt.Println("worker", w.id, "got", v)
	}
}

//go:noinline
func (w *worker) fail(v int) {
	panic(fmt.Sprintf("worker %d: bad value %d", w.id, v))
}

func spawn(ch chan int, wg *sync.WaitGroup) {
	wg.Add(1)
	w := &worker{id: 7}
	go w.run(ch, wg)
}

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	done := make(chan bool)
	go func() {
		spawn(ch, &wg)
		done <- true
	}()
	<-done
	for i := 1; i <= 5; i++ {
		ch <- i
	}
	close(ch)
	wg.Wait()
}
