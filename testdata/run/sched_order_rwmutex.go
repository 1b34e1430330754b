package main

import (
	"fmt"
	"runtime"
	"sync"
)

// A pending writer blocks new readers; when the readers inside leave, the
// writer runs, then the readers that queued behind it.
func main() {
	runtime.GOMAXPROCS(1)
	var rw sync.RWMutex
	var wg sync.WaitGroup
	rw.RLock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		rw.Lock()
		fmt.Println("writer in")
		rw.Unlock()
		fmt.Println("writer out")
	}()
	runtime.Gosched()
	for id := 0; id < 2; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			rw.RLock()
			fmt.Println("reader", id, "in")
			rw.RUnlock()
		}(id)
	}
	runtime.Gosched()
	fmt.Println("first reader leaves")
	rw.RUnlock()
	wg.Wait()
}
