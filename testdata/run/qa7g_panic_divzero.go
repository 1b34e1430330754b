package main

import "fmt"

type Stats struct {
	Sum, Count int
}

func (s Stats) Mean() int { return s.Sum / s.Count }

func buckets(vals []int, n int) []int {
	out := make([]int, n)
	for _, v := range vals {
		out[v%n]++
	}
	return out
}

func main() {
	s := Stats{Sum: 42, Count: 5}
	fmt.Println(s.Mean(), s.Sum%s.Count)
	var f float64
	fmt.Println(1/f > 1e308, -1/f, f/f == f/f)
	x := int8(-128)
	y := int8(-1)
	fmt.Println(x/y, x%y, x*y)
	var m int64 = -1 << 63
	fmt.Println(m/-1, m%-1)
	fmt.Println(buckets([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(buckets([]int{1}, 0))
	}()
	var u uint = 0
	defer fmt.Println("deferred print runs before crash")
	fmt.Println(100 % u)
}
