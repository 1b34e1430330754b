package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	for i := 0; i < 2; i++ {
		go func(i int) {
			defer wg.Done()
			fmt.Println("worker", i)
		}(i)
	}
	wg.Wait()
	fmt.Println("blocking forever")
	select {}
}
