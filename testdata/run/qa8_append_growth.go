// Slice growth: the capacities append chooses, make with a length and a
// capacity up front, and what aliasing looks like after a reallocation.
package main

import "fmt"

type Point struct{ X, Y int32 }

func growthSteps(n int) []int {
	var s []int
	caps := []int{}
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

func byteSteps(n int) []int {
	var b []byte
	var caps []int
	last := -1
	for i := 0; i < n; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			last = cap(b)
			caps = append(caps, last)
		}
	}
	return caps
}

func pointsPrealloc(n int) []Point {
	ps := make([]Point, 0, n)
	for i := 0; i < n; i++ {
		ps = append(ps, Point{int32(i), int32(-i)})
	}
	return ps
}

func squaresIndexed(n int) []int {
	sq := make([]int, n)
	for i := range sq {
		sq[i] = i * i
	}
	return sq
}

func main() {
	fmt.Println("int growth:", growthSteps(600))
	fmt.Println("byte growth:", byteSteps(200))

	ps := pointsPrealloc(5)
	fmt.Println(len(ps), cap(ps), ps[4])

	sq := squaresIndexed(6)
	fmt.Println(sq, len(sq), cap(sq))

	a := make([]int, 3, 4)
	b := append(a, 10)
	c := append(a, 20)
	fmt.Println("shared:", b[3], c[3], &b[0] == &c[0])
	d := append(b, 30)
	d[0] = 99
	fmt.Println("after grow:", a[0], b[0], d[0], cap(d))

	multi := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(multi), cap(multi))
	more := append(multi, multi...)
	fmt.Println(len(more), cap(more))
	strs := append([]string{}, "a", "b", "c")
	fmt.Println(len(strs), cap(strs))

	var local [8]int
	view := local[2:5]
	view = append(view, 1, 2)
	fmt.Println(local, len(view), cap(view))
	view = append(view, 3, 4)
	view[0] = 7
	fmt.Println(local[2], view[0], cap(view))
}
