package main

import (
	"fmt"
	"runtime"
)

// A goroutine blocked in select on three channels is woken by whichever is
// sent on first; its other cases are withdrawn.
func main() {
	runtime.GOMAXPROCS(1)
	a, b, c := make(chan int), make(chan int), make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			select {
			case v := <-a:
				fmt.Println("a", v)
			case v := <-b:
				fmt.Println("b", v)
			case v := <-c:
				fmt.Println("c", v)
			}
		}
		done <- true
	}()
	runtime.Gosched()
	b <- 1
	fmt.Println("sent b")
	c <- 2
	fmt.Println("sent c")
	a <- 3
	fmt.Println("sent a")
	<-done
}
