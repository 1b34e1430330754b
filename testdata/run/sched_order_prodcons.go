package main

import (
	"fmt"
	"runtime"
)

// With one P the interleaving of a producer and a consumer over a small
// buffered channel is deterministic: Go's runnext/hand-off rules fix it.
func main() {
	runtime.GOMAXPROCS(1)
	c := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for v := range c {
			fmt.Println("consume", v)
		}
		done <- true
	}()
	for i := 0; i < 6; i++ {
		fmt.Println("produce", i)
		c <- i
	}
	close(c)
	<-done
}
