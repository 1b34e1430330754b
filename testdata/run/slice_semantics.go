package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

func main() {
	// aliasing: append within capacity writes through
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(a), cap(a), len(b), cap(b))

	// append beyond capacity copies
	d := []int{1, 2, 3}
	e := append(d, 4)
	e[0] = 100
	fmt.Println(d, e, cap(d), cap(e))

	// append a slice to itself
	f := []int{1, 2, 3}
	f = append(f, f...)
	fmt.Println(f, len(f), cap(f))
	f = append(f[:2], f[3:]...)
	fmt.Println(f, len(f), cap(f))

	// three-index slices limit capacity
	g := []int{0, 1, 2, 3, 4, 5}
	h := g[1:3:4]
	fmt.Println(h, len(h), cap(h))
	h = append(h, 99)
	fmt.Println(g)
	h = append(h, 100)
	fmt.Println(g, h, cap(h))

	// copy
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)

	// struct slices and growth of various element sizes
	var ps []P
	for i := 0; i < 20; i++ {
		ps = append(ps, P{i, i * i, fmt.Sprint("p", i)})
	}
	fmt.Println(len(ps), cap(ps), ps[19])
	var caps []int
	var u16 []uint16
	last := -1
	for i := 0; i < 2000; i++ {
		u16 = append(u16, uint16(i))
		if cap(u16) != last {
			last = cap(u16)
			caps = append(caps, last)
		}
	}
	fmt.Println(caps)
	var strs []string
	strs = append(strs, "a", "b", "c", "d", "e")
	fmt.Println(strs, len(strs), cap(strs))
	var arrs [][3]int64
	for i := 0; i < 10; i++ {
		arrs = append(arrs, [3]int64{int64(i)})
	}
	fmt.Println(len(arrs), cap(arrs))

	// nil vs empty
	var ns []int
	es := []int{}
	fmt.Println(ns == nil, es == nil, len(ns), cap(es))
	ns = append(ns, es...)
	fmt.Println(ns == nil)
	ns = append(ns, 1)
	fmt.Println(ns, cap(ns))

	// make with len and cap
	m := make([]string, 2, 5)
	fmt.Printf("%q %d %d\n", m, len(m), cap(m))

	// slices of slices share
	grid := make([][]int, 3)
	row := make([]int, 9)
	for i := range grid {
		grid[i] = row[i*3 : i*3+3]
	}
	grid[1][1] = 5
	fmt.Println(row, grid)

	// []byte(string) and string([]byte) copy
	s := "abc"
	sb := []byte(s)
	sb[0] = 'z'
	fmt.Println(s, string(sb), cap([]byte("")) >= 0)

	// array value semantics vs slices
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 9
	sl := arr[:]
	sl[1] = 8
	fmt.Println(arr, arr2, sl)
}
