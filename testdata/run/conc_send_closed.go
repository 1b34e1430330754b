package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, isErr := r.(error)
		fmt.Println(isErr, err)
		var d chan int
		close(d)
	}()
	c <- 1
}
