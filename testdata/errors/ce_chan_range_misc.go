package main

import "fmt"

func main() {
	ch := make(chan int)
	var recvOnly <-chan int = ch
	recvOnly <- 1
	var sendOnly chan<- int = ch
	v := <-sendOnly
	close(recvOnly)
	for i := range 10 {
		fmt.Println(i)
	}
	fmt.Println(v)
	m := map[string]struct{ n int }{}
	m["a"].n = 1
	p := &m["a"]
	_ = p
	a := []int{1}
	b := []int{1}
	fmt.Println(a == b)
	append(a, 2)
	fmt.Println(len(5))
}
