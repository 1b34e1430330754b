package main

import "fmt"

type Grid struct {
	name  string
	cells [4]int
	rows  [2][3]int
}

var calls int

func mk() [3]int { calls++; return [3]int{1, 2, 3} }

func ch() chan [2]int {
	c := make(chan [2]int, 1)
	c <- [2]int{7, 8}
	return c
}

func main() {
	var g *Grid
	var pa *[5]string
	n := 0
	// at most one iteration variable and a constant len: the range
	// expression is not evaluated, so none of these dereference nil
	for i := range g.cells {
		n += i
	}
	for range g.rows[1] {
		n++
	}
	for i := range pa {
		n += i
	}
	for i := range *pa {
		n += i
	}
	fmt.Println("sum", n)
	// a function call or a receive is evaluated
	for i := range mk() {
		n += i
	}
	for range <-ch() {
		n++
	}
	fmt.Println("sum", n, "calls", calls)
	defer func() { fmt.Println("recovered:", recover()) }()
	for _, v := range g.cells {
		n += v
	}
	fmt.Println("not reached")
}
