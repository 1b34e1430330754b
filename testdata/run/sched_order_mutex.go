package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Waiters of a Mutex wake in FIFO order; an unlocking goroutine that keeps
// running can take the lock again before a woken waiter runs (barging).
func main() {
	runtime.GOMAXPROCS(1)
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			fmt.Println("locked by", id)
			mu.Unlock()
		}(id)
	}
	runtime.Gosched()
	fmt.Println("main unlocks")
	mu.Unlock()
	mu.Lock()
	fmt.Println("main barged in")
	mu.Unlock()
	wg.Wait()
}
