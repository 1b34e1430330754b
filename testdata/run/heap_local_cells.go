// Each execution of a declaration of a variable moved to the heap makes
// one cell (gc: one newobject), for :=, var, range variables, type-switch
// variables and select receive variables (B117: gosub made two).
package main

import (
	"fmt"
	"testing"
)

var sinkI *int
var sinkS []byte
var sinkF func() int

//go:noinline
func short() *int {
	x := 1
	return &x
}

//go:noinline
func declared() []byte {
	var buf [16]byte
	buf[0] = 'a'
	return buf[:1]
}

//go:noinline
func inLoop(n int) {
	for i := 0; i < n; i++ {
		v := i
		sinkI = &v
	}
}

//go:noinline
func rangeVar(xs []int) {
	for _, x := range xs {
		sinkF = func() int { return x }
	}
}

//go:noinline
func typeSwitch(v interface{}) {
	switch t := v.(type) {
	case int:
		sinkI = &t
	}
}

//go:noinline
func selectVar(c chan int) {
	select {
	case v := <-c:
		sinkI = &v
	}
}

func main() {
	c := make(chan int, 1)
	xs := []int{1, 2, 3}
	fmt.Println("short:", testing.AllocsPerRun(100, func() { sinkI = short() }))
	fmt.Println("declared:", testing.AllocsPerRun(100, func() { sinkS = declared() }))
	fmt.Println("loop x3:", testing.AllocsPerRun(100, func() { inLoop(3) }))
	fmt.Println("range x3:", testing.AllocsPerRun(100, func() { rangeVar(xs) }))
	fmt.Println("type switch:", testing.AllocsPerRun(100, func() { typeSwitch(300) }))
	fmt.Println("select:", testing.AllocsPerRun(100, func() { c <- 1; selectVar(c) }))
	fmt.Println(*sinkI, string(sinkS), sinkF())
}
