package main

import (
	"fmt"
	"sync"
)

// Forty goroutines blocked in four different ways, then main waits on a
// WaitGroup nobody finishes: Go's deadlock report lists every goroutine
// with its frames and the line of its go statement.

var mu sync.Mutex

//go:noinline
func receiver(c chan int) {
	fmt.Println("never", <-c)
}

//go:noinline
func sender(c chan int, v int) {
	c <- v
}

func locker() {
	mu.Lock()
}

func selector(a, b chan string) {
	select {
	case s := <-a:
		fmt.Println(s)
	case s := <-b:
		fmt.Println(s)
	}
}

func start(n int, wg *sync.WaitGroup) {
	unbuffered := make(chan int)
	full := make(chan int, 1)
	full <- 0
	a, b := make(chan string), make(chan string)
	for i := 0; i < n; i++ {
		switch i % 4 {
		case 0:
			go receiver(unbuffered)
		case 1:
			go sender(full, i)
		case 2:
			go locker()
		case 3:
			go selector(a, b)
		}
	}
}

func main() {
	mu.Lock()
	var wg sync.WaitGroup
	wg.Add(1)
	start(40, &wg)
	fmt.Println("started")
	wg.Wait()
}
