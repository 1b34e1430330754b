package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	var m map[string]int = nil
	m = map[string]int{"a": 1, "a": 2}
	p := Point{1, 2, 3}
	q := Point{X: 1, Z: 2}
	r := Point{X: 1, 2}
	fmt.Println(m, p, q, r)
	var s []int = nil
	if s == nil || m == nil || p == nil {
	}
}
