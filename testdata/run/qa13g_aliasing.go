package main

import "fmt"

type Matrix [2][2]int

func (m Matrix) Double() Matrix {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= 2
		}
	}
	return m
}

func (m *Matrix) DoubleInPlace() {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= 2
		}
	}
}

func modifyArr(a [3]int)   { a[0] = 100 }
func modifyArrP(a *[3]int) { a[0] = 100 }
func modifySl(s []int)     { s[0] = 100 }
func appendSl(s []int)     { s = append(s, 4); s[0] = -1 }

func info(name string, s []int) {
	fmt.Printf("%-6s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b)
	modifyArr(a)
	fmt.Println(a)
	modifyArrP(&a)
	fmt.Println(a)
	s := a[:]
	modifySl(s[1:])
	fmt.Println(a, s)
	s2 := make([]int, 3, 10)
	copy(s2, []int{1, 2, 3})
	appendSl(s2)
	fmt.Println(s2, s2[:4])
	s3 := []int{1, 2, 3}
	appendSl(s3)
	fmt.Println(s3)

	base := make([]int, 0, 4)
	x := append(base, 1, 2)
	y := append(x, 3)
	z := append(x, 4)
	info("x", x)
	info("y", y)
	info("z", z)
	w := append(z, 5, 6)
	w[0] = 42
	info("w", w)
	info("x", x)

	orig := []int{0, 1, 2, 3, 4, 5, 6, 7}
	head := orig[:3]
	tail := orig[5:]
	head = append(head, 99)
	info("orig", orig)
	info("head", head)
	info("tail", tail)
	limited := orig[2:4:4]
	limited = append(limited, 77)
	limited[0] = -2
	info("lim", limited)
	info("orig", orig)
	fmt.Println(cap(orig[3:]), cap(orig[3:5]), cap(orig[3:5:6]), len(orig[:0]), cap(orig[8:]))

	var grow []int
	lastCap := -1
	for i := 0; i < 2000; i++ {
		grow = append(grow, i)
		if cap(grow) != lastCap {
			fmt.Print(cap(grow), " ")
			lastCap = cap(grow)
		}
	}
	fmt.Println()
	var gs []string
	lastCap = -1
	for i := 0; i < 300; i++ {
		gs = append(gs, "x")
		if cap(gs) != lastCap {
			fmt.Print(cap(gs), " ")
			lastCap = cap(gs)
		}
	}
	fmt.Println()
	bs := append([]byte(nil), 'a')
	fmt.Println(cap(bs), cap(append([]byte{}, make([]byte, 9)...)), cap(append(make([]int64, 5), 1)), cap(append([]struct{ a, b, c int64 }{}, struct{ a, b, c int64 }{})))

	ov := []int{1, 2, 3, 4, 5, 6}
	n := copy(ov[2:], ov)
	fmt.Println(n, ov)
	ov = []int{1, 2, 3, 4, 5, 6}
	n = copy(ov, ov[2:])
	fmt.Println(n, ov)
	bb := make([]byte, 5)
	n = copy(bb, "hello world")
	fmt.Println(n, string(bb))

	m := Matrix{{1, 2}, {3, 4}}
	d := m.Double()
	fmt.Println(m, d)
	m.DoubleInPlace()
	fmt.Println(m)
	arrs := [][2]int{{1, 2}, {3, 4}}
	for _, p := range arrs {
		p[0] = 0
	}
	fmt.Println(arrs)
	for i := range arrs {
		arrs[i][0] = 0
	}
	fmt.Println(arrs)
	big := [5]int{1, 2, 3, 4, 5}
	for i, v := range big {
		big[4-i] = v * 10
	}
	fmt.Println(big)
	sl := []int{1, 2, 3, 4, 5}
	for i, v := range sl {
		sl[4-i] = v * 10
	}
	fmt.Println(sl)
	structs := []struct{ n int }{{1}, {2}}
	for _, st := range structs {
		st.n *= 10
	}
	ptrs := []*struct{ n int }{{1}, {2}}
	for _, p := range ptrs {
		p.n *= 10
	}
	fmt.Println(structs, *ptrs[0], *ptrs[1])
	del := []int{0, 1, 2, 3, 4, 5}
	del = append(del[:2], del[3:]...)
	fmt.Println(del, len(del), cap(del))
	ins := []int{1, 2, 4}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty), append(nilS, empty...) == nil)
	twoD := make([][]int, 3)
	for i := range twoD {
		twoD[i] = make([]int, i+1)
		for j := range twoD[i] {
			twoD[i][j] = i + j
		}
	}
	fmt.Println(twoD)
	arrp := &[3]string{"a", "b", "c"}
	for i, v := range arrp {
		arrp[2-i] = v
	}
	fmt.Println(*arrp, len(arrp))
}
