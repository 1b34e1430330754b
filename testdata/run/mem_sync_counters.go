package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.m[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

type Stats struct {
	hits   atomic.Int64
	misses int64
}

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * j
	}
	_ = id
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var st Stats
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("k")
			st.hits.Add(1)
			atomic.AddInt64(&st.misses, 2)
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("k"), st.hits.Load(), atomic.LoadInt64(&st.misses))

	jobs := make(chan int, 10)
	results := make(chan int, 10)
	var wg2 sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg2.Add(1)
		go worker(w, jobs, results, &wg2)
	}
	for i := 1; i <= 9; i++ {
		jobs <- i
	}
	close(jobs)
	wg2.Wait()
	close(results)
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println("total", total)
}
