package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); fmt.Println("one") }()
	go func() { defer wg.Done(); fmt.Println("two") }()
	wg.Wait()
	defer fmt.Println("deferred before panic")
	wg.Done()
	fmt.Println("unreachable")
}
