package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, quit <-chan struct{}, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	n := 0
	for {
		select {
		case <-quit:
			out <- id
			return
		default:
			n++
			if n%1000 == 0 {
				time.Sleep(time.Millisecond)
			}
		}
	}
}

func main() {
	quit := make(chan struct{})
	out := make(chan int, 5)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go worker(i, quit, out, &wg)
	}
	time.Sleep(20 * time.Millisecond)
	close(quit)
	wg.Wait()
	close(out)
	sum := 0
	for id := range out {
		sum += id
	}
	fmt.Println("all stopped, id sum", sum)

	results := make(chan string)
	go func() {
		time.Sleep(300 * time.Millisecond)
		results <- "late"
	}()
	deadline := time.After(10 * time.Millisecond)
	for i := 0; i < 2; i++ {
		select {
		case r := <-results:
			fmt.Println("result", r)
		case <-deadline:
			fmt.Println("deadline hit")
			deadline = nil
		}
	}
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 15ms:", el >= 15*time.Millisecond, el < time.Second)
}
