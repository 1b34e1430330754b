package main

import "fmt"

type Point struct{ X, Y int }

// NewPoint returns a pointer: the Point escapes to the heap.
func NewPoint(x, y int) *Point {
	return &Point{X: x, Y: y}
}

func sum(ps []Point) int {
	total := 0
	for _, p := range ps {
		total += p.X + p.Y
	}
	return total
}

func main() {
	p := NewPoint(1, 2)
	local := []Point{{3, 4}, {5, 6}}
	fmt.Println("hello from gosub", p.X, p.Y, sum(local))
}
