package main

import (
	"errors"
	"fmt"
	"sync"
)

// sync.Once with a panicking function (Do does not run it again), a
// WaitGroup reused across rounds, and closing a closed channel recovered
// in a goroutine; then sending on a closed channel kills the program.

type lazy struct {
	once sync.Once
	val  []int
	err  error
}

func (l *lazy) get(fail bool) ([]int, error) {
	l.once.Do(func() {
		if fail {
			l.err = errors.New("init failed")
			return
		}
		l.val = []int{1, 2, 3}
	})
	return l.val, l.err
}

func main() {
	var l lazy
	v, err := l.get(true)
	fmt.Println(v, err)
	v, err = l.get(false)
	fmt.Println(v, err, "(Do ran once)")

	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("inside Do") })
	}()
	ran := false
	o.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)

	var wg sync.WaitGroup
	total := 0
	var mu sync.Mutex
	for round := 1; round <= 3; round++ {
		for i := 0; i < round*2; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				mu.Lock()
				total += i
				mu.Unlock()
			}(i)
		}
		wg.Wait()
		fmt.Println("round", round, "total", total)
	}

	c := make(chan int, 1)
	close(c)
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint("goroutine recovered: ", recover()) }()
		close(c)
	}()
	fmt.Println(<-res)
	v2, ok := <-c
	fmt.Println("receive from closed:", v2, ok)
	c <- 1
}
