package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() { fmt.Println("deferred runs"); done <- true }()
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	<-done
	go func() {
		fmt.Println("other goroutine finishes")
	}()
	defer fmt.Println("main's defer runs")
	runtime.Goexit()
}
