package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Signal wakes the longest waiter first.
func main() {
	runtime.GOMAXPROCS(1)
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var wg sync.WaitGroup
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			c.Wait()
			fmt.Println("woken", id)
			mu.Unlock()
		}(id)
	}
	runtime.Gosched()
	for i := 0; i < 3; i++ {
		mu.Lock()
		c.Signal()
		mu.Unlock()
		runtime.Gosched()
	}
	wg.Wait()
}
