package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	go func() { mu.Lock() }()
	go func() { select {} }()
	fmt.Println("waiting")
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait()
}
