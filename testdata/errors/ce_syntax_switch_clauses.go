package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1
		fmt.Println("one")
	case 2: fmt.Println("two") case 3:
	default: fmt.Println("other") default:
	}
	select {
	case v := <-make(chan int)
		fmt.Println(v)
	}
}
