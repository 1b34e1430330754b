package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }
type Key struct {
	Name string
	P    Point
	Tag  [2]byte
}

type Shape interface{ Kind() string }
type Circle struct{ R float64 }
type Square struct{ S float64 }

func (Circle) Kind() string  { return "circle" }
func (*Square) Kind() string { return "square" }

type withIface struct {
	A interface{}
	B int
}

type Grid [3][3]byte

func main() {
	p1, p2 := Point{1, 2}, Point{1, 2}
	fmt.Println(p1 == p2, &p1 == &p2, p1 != Point{2, 1})
	k1 := Key{"a", Point{1, 1}, [2]byte{'x', 'y'}}
	k2 := k1
	k2.Tag[1] = 'z'
	fmt.Println(k1 == k2, k1.Tag, k2.Tag)
	m := map[Key]int{}
	m[k1]++
	m[k2]++
	m[Key{"a", Point{1, 1}, [2]byte{'x', 'y'}}]++
	fmt.Println(len(m), m[k1], m[k2])
	grid := map[Point]rune{}
	for y := 0; y < 3; y++ {
		for x := 0; x < 3; x++ {
			if (x+y)%2 == 0 {
				grid[Point{x, y}] = '#'
			}
		}
	}
	pts := make([]Point, 0, len(grid))
	for p := range grid {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].Y != pts[j].Y {
			return pts[i].Y < pts[j].Y
		}
		return pts[i].X < pts[j].X
	})
	fmt.Println(pts, grid)
	arrKey := map[[3]int]string{{1, 2, 3}: "a", {3, 2, 1}: "b"}
	fmt.Println(arrKey[[3]int{1, 2, 3}], arrKey[[3]int{}] == "", arrKey)
	var s1, s2 Shape = Circle{1}, Circle{1}
	sq := &Square{2}
	var s3, s4 Shape = sq, sq
	var s5 Shape = &Square{2}
	fmt.Println(s1 == s2, s3 == s4, s3 == s5, s1 == s3)
	shapes := map[Shape]int{s1: 1, s3: 2, s5: 3}
	shapes[Circle{1}] += 10
	fmt.Println(len(shapes), shapes[Circle{1}], shapes[sq])
	ifm := map[interface{}]string{1: "int", int64(1): "int64", "1": "string", 1.0: "float", Point{1, 1}: "point", [1]int{1}: "array", true: "bool"}
	fmt.Println(len(ifm), ifm[1], ifm[int64(1)], ifm[1.0], ifm[Point{1, 1}], ifm[[1]int{1}])
	w1 := withIface{A: 1, B: 2}
	w2 := withIface{A: 1, B: 2}
	w3 := withIface{A: "1", B: 2}
	fmt.Println(w1 == w2, w1 == w3)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		w4 := withIface{A: []int{1}}
		w5 := withIface{A: []int{1}}
		fmt.Println(w4 == w5)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		k := withIface{A: map[string]int{}}
		mm := map[withIface]bool{}
		mm[k] = true
	}()
	var g1, g2 Grid
	g1[1][1] = 'X'
	g2 = g1
	g2[0][0] = 'O'
	fmt.Println(g1 == g2, g1[0][0], g2[0][0], g1[1][1] == g2[1][1])
	type pair struct {
		a, b interface{}
	}
	fmt.Println(pair{1, nil} == pair{1, nil}, pair{nil, nil} == pair{}, pair{1, 2} == pair{1, int8(2)})
	var e1, e2 error
	fmt.Println(e1 == e2, e1 == nil)
	var f1, f2 float64 = 0, -0.0
	fmt.Println(f1 == f2, [2]float64{f1} == [2]float64{f2})
	nk := map[float64]int{}
	nan := 0.0
	nan = nan / nan
	nk[nan] = 1
	nk[nan] = 2
	nk[1] = 3
	fmt.Println(len(nk), nk[nan])
	nsum := 0
	for k, v := range nk {
		if k != k {
			nsum += v
		}
	}
	fmt.Println("nan values sum:", nsum)
	type emb struct {
		Point
		Name string
	}
	fmt.Println(emb{Point{1, 2}, "a"} == emb{Point: Point{1, 2}, Name: "a"})
	cnt := map[struct{ a, b string }]int{}
	for _, w := range [][2]string{{"x", "y"}, {"x", "y"}, {"y", "x"}} {
		cnt[struct{ a, b string }{w[0], w[1]}]++
	}
	fmt.Println(cnt)
	ch1 := make(chan int)
	ch2 := ch1
	fmt.Println(ch1 == ch2, ch1 == make(chan int))
}
