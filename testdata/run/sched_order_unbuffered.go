package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			fmt.Println("got ping", v)
			pong <- v * 10
			fmt.Println("sent pong", v*10)
		}
		close(pong)
	}()
	for i := 1; i <= 3; i++ {
		fmt.Println("send ping", i)
		ping <- i
		fmt.Println("recv pong", <-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong closed", !ok)
}
