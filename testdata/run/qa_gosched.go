package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("GOMAXPROCS >= 1:", runtime.GOMAXPROCS(0) >= 1)
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)
	fmt.Println(runtime.GOOS, runtime.GOARCH)
	base := runtime.NumGoroutine()
	fmt.Println("base", base)
	stop := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-stop
		}()
	}
	started.Wait()
	fmt.Println("running", runtime.NumGoroutine()-base)
	close(stop)
	for runtime.NumGoroutine() > base {
		runtime.Gosched()
	}
	fmt.Println("after", runtime.NumGoroutine())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred in Goexit'd goroutine")
		runtime.Goexit()
		fmt.Println("never")
	}()
	wg.Wait()
	big := make(chan int)
	for i := 0; i < 1000; i++ {
		go func(i int) { big <- i }(i)
	}
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += <-big
	}
	fmt.Println("1k goroutines sum", sum)
}
