// What does a goroutine cost? Allocations per go statement for the usual
// shapes (named function with arguments, without, closures with and
// without captures), runtime.NumGoroutine while workers block, and the
// counts returning to normal after they exit.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var wg sync.WaitGroup

func worker(i int, ch chan int) {
	ch <- i
	wg.Done()
}

func noargs() { wg.Done() }

func mallocsPer(n int, f func()) uint64 {
	var a, b runtime.MemStats
	f()
	runtime.ReadMemStats(&a)
	for i := 0; i < n; i++ {
		f()
	}
	runtime.ReadMemStats(&b)
	return (b.Mallocs - a.Mallocs) / uint64(n)
}

func main() {
	ch := make(chan int, 1000)
	x := 0
	shapes := []struct {
		name string
		f    func()
	}{
		{"go worker(1, ch)", func() { wg.Add(1); go worker(1, ch); wg.Wait(); <-ch }},
		{"go noargs()", func() { wg.Add(1); go noargs(); wg.Wait() }},
		{"go func(){}()", func() { wg.Add(1); go func() { wg.Done() }(); wg.Wait() }},
		{"go func(){x++}()", func() { wg.Add(1); go func() { x++; wg.Done() }(); wg.Wait() }},
		{"go func(n){}(3)", func() { wg.Add(1); go func(n int) { ch <- n; wg.Done() }(3); wg.Wait(); <-ch }},
	}
	for _, s := range shapes {
		fmt.Printf("%-18s %d mallocs\n", s.name, mallocsPer(200, s.f))
	}
	fmt.Println("captured counter:", x)

	base := runtime.NumGoroutine()
	release := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 500; i++ {
		wg.Add(1)
		started.Add(1)
		go func(id int) {
			defer wg.Done()
			started.Done()
			<-release
		}(i)
	}
	started.Wait()
	fmt.Println("blocked workers:", runtime.NumGoroutine()-base)
	close(release)
	wg.Wait()
	for runtime.NumGoroutine() > base {
		runtime.Gosched()
	}
	fmt.Println("after exit:", runtime.NumGoroutine()-base)

	results := make(chan int)
	for i := 1; i <= 10; i++ {
		go func(n int) { results <- n * n }(i)
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-results
	}
	fmt.Println("sum of squares:", sum)
}
