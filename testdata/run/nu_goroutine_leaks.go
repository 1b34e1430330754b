// Goroutine leaks and how to avoid them, measured with
// runtime.NumGoroutine: a sender blocked forever on an unbuffered channel
// nobody reads, the fix with a buffered channel, a worker that never sees
// its channel closed, cancellation with a done channel, and a time.After
// based timeout whose goroutine still finishes.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
)

func settle(want int) int {
	deadline := time.Now().Add(2 * time.Second)
	for {
		n := runtime.NumGoroutine()
		if n == want || time.Now().After(deadline) {
			return n
		}
		time.Sleep(time.Millisecond)
	}
}

// leakyFirst returns the first result and abandons the other senders:
// they block forever on the unbuffered channel.
func leakyFirst(queries []string) string {
	ch := make(chan string)
	for _, q := range queries {
		go func(q string) { ch <- "result for " + q }(q)
	}
	return <-ch
}

// safeFirst gives every sender a slot, so all of them can finish.
func safeFirst(queries []string) string {
	ch := make(chan string, len(queries))
	for _, q := range queries {
		go func(q string) { ch <- "result for " + q }(q)
	}
	return <-ch
}

func leakyWorker(jobs <-chan int, results *[]int, mu *sync.Mutex) {
	go func() {
		for j := range jobs { // never closed by the caller: leaks
			mu.Lock()
			*results = append(*results, j*j)
			mu.Unlock()
		}
	}()
}

func cancellableWorker(done <-chan struct{}, jobs <-chan int, out chan<- int, wg *sync.WaitGroup) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-done:
				return
			case j, ok := <-jobs:
				if !ok {
					return
				}
				select {
				case out <- j * 10:
				case <-done:
					return
				}
			}
		}
	}()
}

var ErrTimeout = errors.New("timed out")

func withTimeout(d time.Duration, work func() int) (int, error) {
	res := make(chan int, 1) // buffered: the worker can finish after a timeout
	go func() { res <- work() }()
	select {
	case v := <-res:
		return v, nil
	case <-time.After(d):
		return 0, ErrTimeout
	}
}

func main() {
	base := runtime.NumGoroutine()
	fmt.Println("base goroutines:", base)

	r := leakyFirst([]string{"a", "b", "c", "d"})
	fmt.Println(len(r) > 0, "leaked:", settle(base+3)-base)

	base2 := runtime.NumGoroutine()
	safeFirst([]string{"a", "b", "c", "d"})
	fmt.Println("safe version leaked:", settle(base2)-base2)

	var mu sync.Mutex
	var results []int
	jobs := make(chan int)
	leakyWorker(jobs, &results, &mu)
	for i := 1; i <= 3; i++ {
		jobs <- i
	}
	fmt.Println("leaky worker still running:", settle(base2+1)-base2)
	close(jobs)
	fmt.Println("after close:", settle(base2)-base2)
	mu.Lock()
	fmt.Println("results:", results)
	mu.Unlock()

	done := make(chan struct{})
	in := make(chan int)
	out := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		cancellableWorker(done, in, out, &wg)
	}
	go func() { in <- 7 }()
	fmt.Println("got", <-out)
	fmt.Println("workers running:", settle(base2+3)-base2)
	close(done)
	wg.Wait()
	fmt.Println("after cancel:", settle(base2)-base2)

	v, err := withTimeout(time.Second, func() int { return 42 })
	fmt.Println(v, err)
	v, err = withTimeout(5*time.Millisecond, func() int { time.Sleep(50 * time.Millisecond); return 1 })
	fmt.Println(v, err, errors.Is(err, ErrTimeout))
	fmt.Println("timeout worker finished later:", settle(base2)-base2)
	fmt.Println("still leaked from the first example:", runtime.NumGoroutine()-base)
}
