//go:build !windows

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

type (
	//go:notinheap
	W int
	//go:noinline
	X int
)

func main() {
	//go:notinheap
	type local int
	fmt.Println(add(1, 2), counter, T{}, U{}, V{}, W(0), X(0), local(1))
}
