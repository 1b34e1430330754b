package main

import (
	"fmt"
	"sync"
)

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go producer(10, ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum", sum)

	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			mu.Lock()
			total += k
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total)

	done := make(chan struct{})
	res := make(chan string, 3)
	go func() {
		for i := 0; i < 3; i++ {
			res <- fmt.Sprint("r", i)
		}
		close(done)
	}()
	<-done
	fmt.Println(len(res), cap(res), <-res, <-res, <-res)

	a, b := make(chan int), make(chan int)
	go func() { a <- 1 }()
	go func() { b <- 2 }()
	got := 0
	for got < 2 {
		select {
		case x := <-a:
			got++
			_ = x
		case y, ok := <-b:
			got++
			_, _ = y, ok
		}
	}
	fmt.Println("selected", got)
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	c <- 5
	select {
	case c <- 6:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	v, ok := <-c
	close(c)
	v2, ok2 := <-c
	fmt.Println(v, ok, v2, ok2)
}
