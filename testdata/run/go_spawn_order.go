package main

import (
	"fmt"
	"runtime"
)

// With one P the newest goroutine runs first (runnext), then the others in
// creation order.  Go's output does not depend on the machine here because
// the program sets GOMAXPROCS(1) itself.
func main() {
	runtimeOne()
	done := make(chan int)
	for i := 0; i < 5; i++ {
		go func(i int) { fmt.Print(i, " "); done <- 1 }(i)
	}
	for i := 0; i < 5; i++ {
		<-done
	}
	fmt.Println()
}

func runtimeOne() { runtime.GOMAXPROCS(1) }
