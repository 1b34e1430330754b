package main

import (
	"fmt"
	"sync"
)

type Job struct{ ID, Divisor int }

func process(j Job) int {
	return 100 / j.Divisor
}

func main() {
	jobs := []Job{{1, 5}, {2, 4}, {3, 0}}
	results := make([]int, len(jobs))
	var wg sync.WaitGroup
	for i, j := range jobs[:2] {
		wg.Add(1)
		go func(i int, j Job) {
			defer wg.Done()
			results[i] = process(j)
		}(i, j)
	}
	wg.Wait()
	fmt.Println(results)
	done := make(chan struct{})
	go func() {
		defer fmt.Println("deferred in goroutine")
		fmt.Println(process(jobs[2]))
		close(done)
	}()
	<-done
	fmt.Println("unreachable")
}
