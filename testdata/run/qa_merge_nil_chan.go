package main

import "fmt"

func source(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

func main() {
	a := source(1, 3, 5, 7)
	b := source(2, 4)
	sumA, sumB, n := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
			n++
		}
	}
	fmt.Println(sumA, sumB, n)
	out := make(chan int, 10)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			out <- i
		}
		quit <- true
	}()
	got := 0
	for done := false; !done; {
		select {
		case v := <-out:
			got += v
		case <-quit:
			for len(out) > 0 {
				got += <-out
			}
			done = true
		}
	}
	fmt.Println("got", got)
}
