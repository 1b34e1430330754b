package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Gosched puts the caller at the back of the global queue; with one P the
// three workers take turns in a fixed order.
func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				fmt.Println("worker", id, "step", i)
				runtime.Gosched()
			}
		}(id)
	}
	wg.Wait()
	fmt.Println("done")
}
