package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	out := make(chan int, 10)
	done := make(chan bool)
	for _, c := range cs {
		go func(c <-chan int) {
			for n := range c {
				out <- n
			}
			done <- true
		}(c)
	}
	go func() {
		for range cs {
			<-done
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range sq(sq(gen(1, 2, 3, 4))) {
		fmt.Println(v)
	}
	in := gen(1, 2, 3, 4, 5, 6, 7, 8)
	total := 0
	for v := range merge(sq(in), sq(in), sq(in)) {
		total += v
	}
	fmt.Println("fan-in total", total)
}
