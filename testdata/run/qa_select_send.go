package main

import "fmt"

func main() {
	high := make(chan int, 5)
	low := make(chan int, 5)
	sent := 0
	for i := 0; i < 8; i++ {
		select {
		case high <- i:
			sent++
		default:
			select {
			case low <- i:
				sent++
			default:
				fmt.Println("dropped", i)
			}
		}
	}
	fmt.Println("sent", sent, len(high), len(low))
	results := make(chan string)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for r := range results {
			fmt.Println("got", r)
		}
	}()
	items := []string{"a", "b", "c"}
	for _, it := range items {
		select {
		case results <- it:
		}
	}
	close(results)
	<-done
	count := 0
	ch := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			ch <- i
		}
		close(ch)
	}()
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			count += v
		}
	}
	fmt.Println("count", count)
}
