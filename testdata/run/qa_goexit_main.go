package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("background done")
	}()
	defer fmt.Println("main's defer runs")
	runtime.Goexit()
}
