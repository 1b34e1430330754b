// Happens-before through channels: a write before a send is seen after
// the receive; close publishes to every receiver; a buffered channel as a
// semaphore limits concurrency.
package main

import (
	"fmt"
	"sync"
)

var msg string
var ready = make(chan struct{})

func setup() {
	msg = "hello, world"
	close(ready)
}

func main() {
	go setup()
	var wg sync.WaitGroup
	seen := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-ready
			seen[i] = msg
		}(i)
	}
	wg.Wait()
	fmt.Println(seen)

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	active, maxActive := 0, 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			for j := 0; j < 1000; j++ {
			}
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("max concurrent:", maxActive <= 2, "active now:", active)

	data := make([]int, 0, 5)
	done := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			data = append(data, i*i)
		}
		done <- true
	}()
	<-done
	fmt.Println(data, len(data), cap(data))
}
