package main

import "fmt"

// A merge loop disables a drained input by setting it to nil; a bug
// (waiting for a third, never-started producer) leaves every goroutine
// blocked: Go reports the deadlock with each goroutine's wait reason.
func producer(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return ch
}

func main() {
	a, b := producer("a", 2), producer("b", 3)
	var got []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, v)
		}
	}
	fmt.Println(len(got), "values")
	stuck := make(chan int)
	go func() {
		var never chan int
		select {
		case v := <-never:
			stuck <- v
		case stuck <- 0:
		}
	}()
	<-stuck
	go func() {
		var never chan bool
		select {
		case <-never:
		}
	}()
	var quit chan struct{}
	select {
	case <-quit:
	}
}
