package main

import "fmt"

type Inner struct {
	x, y int
	s    string
}

type T struct {
	a, b int
	c    string
	in   Inner
	big  [1000]int
	last int
}

func (t *T) B() int { return t.b }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var p *T
		fmt.Println(p.in.s)
	}()
	var p *T
	fmt.Println(p.B())
}
