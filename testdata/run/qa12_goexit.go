// Goroutine lifecycles: runtime.Goexit runs defers, a WaitGroup counts
// finished workers, results come back over a channel, and the program
// ends with a deadlock (fatal error, exit 2) once the last worker is gone.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type worker struct {
	id      int
	results chan<- string
	wg      *sync.WaitGroup
}

func (w worker) run(quitEarly bool) {
	defer w.wg.Done()
	defer func() { w.results <- fmt.Sprintf("worker %d cleanup", w.id) }()
	if quitEarly {
		runtime.Goexit()
	}
	w.results <- fmt.Sprintf("worker %d finished", w.id)
}

func main() {
	results := make(chan string, 16)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker{i, results, &wg}.run(i%2 == 1)
	}
	wg.Wait()
	close(results)
	var lines []string
	for r := range results {
		lines = append(lines, r)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	var mu sync.Mutex
	count := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			mu.Lock()
			count += n
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("count", count)
	block := make(chan int)
	fmt.Println("waiting forever")
	<-block
}
