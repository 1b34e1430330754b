package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg sync.WaitGroup, out chan<- int) {
	defer wg.Done()
	out <- id * 2
}

func main() {
	var wg sync.WaitGroup
	out := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, wg, out)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-out
	}
	fmt.Println("sum", sum)
	fmt.Println("waiting; the copies were Done, not wg...")
	wg.Wait()
}
