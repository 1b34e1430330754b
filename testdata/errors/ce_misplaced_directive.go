package main

import "fmt"

//go:noinline
func add(a, b int) int { return a + b }

//go:noinline
var counter int

//go:nosplit
type T struct{}

//go:notinheap
type U struct{}

//go:notinheap
type V = U

func main() {
	//go:noinline
	x := add(1, 2)
	fmt.Println(x, counter, T{}, U{}, V{}) //go:noinline
}

//go:noinline
