package main

import "fmt"

type Point struct{ X, Y, Z float64 }

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Printf("len=%d cap=%d\n", len(s), cap(s))
			prev = cap(s)
		}
	}
	pre := make([]int, 0, 1000)
	for i := 0; i < 1000; i++ {
		pre = append(pre, i)
	}
	fmt.Println(len(pre), cap(pre))
	var ps []Point
	prev = -1
	for i := 0; i < 100; i++ {
		ps = append(ps, Point{})
		if cap(ps) != prev {
			fmt.Print(cap(ps), " ")
			prev = cap(ps)
		}
	}
	fmt.Println()
	var bs []byte
	prev = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, 'x')
		if cap(bs) != prev {
			fmt.Print(cap(bs), " ")
			prev = cap(bs)
		}
	}
	fmt.Println()
	a := []int{1, 2, 3}
	b := append(a, 4, 5, 6, 7)
	fmt.Println(len(b), cap(b))
	c := append([]string(nil), "x")
	fmt.Println(len(c), cap(c))
	d := append(make([]int, 5, 5), make([]int, 12)...)
	fmt.Println(len(d), cap(d))
	sub := a[:1]
	sub = append(sub, 99)
	fmt.Println(a, sub, cap(a[1:]))
	e := make([]int32, 3, 10)
	fmt.Println(len(e[2:5]), cap(e[2:5]), cap(e[2:5:6]))
}
