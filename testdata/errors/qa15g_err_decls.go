package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) X() int { return p.X }

var total = 0

const big = 1 << 70

func f(a int, a string) {}

func main() {
	var n int8 = big
	p := Point{1, 2, 3}
	q := Point{X: 1, Z: 2}
	switch n {
	case 1, 2, 1:
	}
	m := map[string]int{"a": 1, "a": 2}
	fmt.Println(p, q, m, undefinedThing)
}
