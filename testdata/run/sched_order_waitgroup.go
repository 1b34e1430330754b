package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Several goroutines wait on one WaitGroup; the last Done wakes them all.
func main() {
	runtime.GOMAXPROCS(1)
	var work, waiters sync.WaitGroup
	work.Add(1)
	for id := 0; id < 3; id++ {
		waiters.Add(1)
		go func(id int) {
			defer waiters.Done()
			work.Wait()
			fmt.Println("waiter", id, "released")
		}(id)
	}
	runtime.Gosched()
	fmt.Println("work done")
	work.Done()
	waiters.Wait()
	fmt.Println("all released")
}
