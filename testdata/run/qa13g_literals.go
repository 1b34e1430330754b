package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }
type Line struct {
	A, B Point
	Tags []string
}

func order(s string, v int, log *[]string) int { *log = append(*log, s); return v }

func main() {
	ls := []struct{ Pts []Point }{{[]Point{{1, 2}, {3, 4}}}, {nil}}
	mp := map[string]Point{"a": {1, 2}}
	pp := []*Point{{5, 6}, nil}
	mk := map[Point]string{{1, 2}: "x"}
	arr := [...][2]Point{{{1, 1}, {2, 2}}, {}}
	lines := []Line{{A: Point{1, 1}, Tags: []string{"t"}}, {B: Point{Y: 9}}}
	mm := map[string][]map[int]*Point{"k": {{1: {7, 8}}}}
	fmt.Println(ls, mp, *pp[0], pp[1] == nil, mk, arr, lines, *mm["k"][0][1])
	ch := make(chan int, 2)
	var v int
	var ok bool
	ch <- 5
	select {
	case v, ok = <-ch:
		fmt.Println("got", v, ok)
	}
	close(ch)
	select {
	case v, ok = <-ch:
		fmt.Println("got", v, ok)
	}
	var log []string
	ch2 := make(chan int, 1)
	select {
	case ch2 <- order("send", 1, &log):
		log = append(log, "sent")
	default:
		log = append(log, "default")
	}
	fmt.Println(log, <-ch2)
	switch x := 5; x {
	case 1, 2:
	case 5:
		fmt.Println("five")
	}
	b := []byte("key")
	m := map[string]int{"key": 3}
	fmt.Println(m[string(b)])
	switch string(b) {
	case "key":
		fmt.Println("matched key")
	}
	b = append(b, "-suffix"...)
	n := copy(b[1:], "EY")
	fmt.Println(string(b), n)
	mv := map[string][]int{}
	if xs, ok := mv["a"]; !ok {
		xs = append(xs, 1)
		mv["a"] = xs
	}
	fmt.Println(mv)
	var i interface{} = Point{1, 2}
	if p, ok := i.(Point); ok {
		fmt.Println(p.X)
	}
	if _, ok := i.(*Point); !ok {
		fmt.Println("not ptr")
	}
	funcs := [3]func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * 2 }}
	for i, f := range funcs {
		if f != nil {
			fmt.Print(i, ":", f(10), " ")
		}
	}
	fmt.Println()
	grid := [3][3]int{}
	inc := func() { grid[1][1]++ }
	inc()
	inc()
	g2 := grid
	inc()
	fmt.Println(grid[1][1], g2[1][1])
	pts := []Point{{3, 1}, {1, 2}, {2, 0}}
	sort.Slice(pts, func(i, j int) bool { return pts[i].X < pts[j].X })
	fmt.Println(pts)
	type node struct {
		next *node
		v    int
	}
	var head *node
	for i := 0; i < 3; i++ {
		head = &node{head, i}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.v)
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("d", i, " ") }()
	}
	func() {
		for i := 0; i < 2; i++ {
			defer fmt.Print("e", i, " ")
		}
	}()
	fmt.Println()
}
