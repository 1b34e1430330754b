// Counting goroutines with runtime.NumGoroutine: workers that exit when
// their channel closes, and ones blocked forever that leak.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func startEchoers(n int, in chan string, out chan string, wg *sync.WaitGroup) {
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range in {
				out <- s + s
			}
		}()
	}
}

func leak(n int) {
	for i := 0; i < n; i++ {
		ch := make(chan int)
		go func() {
			<-ch
		}()
	}
}

func waitFor(want int) int {
	for i := 0; i < 100; i++ {
		if runtime.NumGoroutine() == want {
			break
		}
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	base := runtime.NumGoroutine()
	fmt.Println("base", base)

	in := make(chan string)
	out := make(chan string, 10)
	var wg sync.WaitGroup
	startEchoers(4, in, out, &wg)
	fmt.Println("with echoers", runtime.NumGoroutine()-base)
	for _, s := range []string{"a", "b", "c"} {
		in <- s
	}
	close(in)
	wg.Wait()
	close(out)
	total := 0
	for s := range out {
		total += len(s)
	}
	fmt.Println("total", total, "after close", waitFor(base)-base)

	leak(3)
	fmt.Println("leaked", waitFor(base+3)-base)

	done := make(chan struct{})
	var once sync.Once
	for i := 0; i < 5; i++ {
		go func() {
			once.Do(func() { close(done) })
		}()
	}
	<-done
	fmt.Println("closed once, remaining <= 5+3:", waitFor(base+3)-base <= 8)
	fmt.Println("GOMAXPROCS >= 1:", runtime.GOMAXPROCS(0) >= 1, runtime.NumCPU() >= 1)
}
