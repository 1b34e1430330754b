package main

import "fmt"

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 10)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * n
		}()
	}
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
	var mu sync.Mutex
	mu.lock()
}
