package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func loadConfig(fail bool) {
	once.Do(func() {
		if fail {
			panic("config file missing")
		}
		config = map[string]string{"env": "prod"}
	})
}

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		loadConfig(true)
	}()
	loadConfig(false)
	fmt.Println("config after panic in Do:", config == nil)
	var wg sync.WaitGroup
	var ready sync.WaitGroup
	ready.Add(1)
	results := make(chan string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ready.Wait()
			results <- fmt.Sprint("waiter ", i, " released")
		}(i)
	}
	ready.Done()
	wg.Wait()
	close(results)
	n := 0
	for range results {
		n++
	}
	fmt.Println("released", n)
	var o2 sync.Once
	calls := 0
	for i := 0; i < 5; i++ {
		o2.Do(func() { calls++ })
	}
	fmt.Println("calls", calls)
	var o3 sync.Once
	o3.Do(func() {
		o3.Do(func() { fmt.Println("never") })
	})
}
