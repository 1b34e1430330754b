package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	c := make(chan int)
	res := make(chan int, 6)
	for i := 0; i < 3; i++ {
		go func(i int) { <-c; res <- i }(i)
	}
	s := make(chan int)
	go func() { s <- 1; res <- 100 }()
	runtime.Gosched()
	close(c)
	<-s
	for i := 0; i < 4; i++ {
		fmt.Print(<-res, " ")
	}
	fmt.Println()
}
