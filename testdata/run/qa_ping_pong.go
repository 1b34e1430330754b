package main

import "fmt"

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan string, max int) {
	for {
		ball, ok := <-table
		if !ok {
			return
		}
		ball.hits++
		if ball.hits >= max {
			done <- fmt.Sprintf("%s ends at %d", name, ball.hits)
			close(table)
			return
		}
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan string)
	go player("ping", table, done, 1001)
	go player("pong", table, done, 1001)
	table <- new(Ball)
	fmt.Println(<-done)

	ring := make([]chan int, 10)
	for i := range ring {
		ring[i] = make(chan int)
	}
	for i := 0; i < 10; i++ {
		go func(in, out chan int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(ring[i], ring[(i+1)%10])
	}
	_ = ring
	counter := make(chan int)
	go func() {
		total := 0
		for i := 0; i < 1000; i++ {
			total += i
		}
		counter <- total
	}()
	fmt.Println("total", <-counter)
}
