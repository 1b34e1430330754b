package main

import "fmt"

type Grid [3][3]byte

func (g Grid) String() string {
	s := ""
	for _, row := range g {
		s += string(row[:]) + "\n"
	}
	return s
}

func (g *Grid) Set(r, c int, b byte) { g[r][c] = b }

func (g Grid) Winner() byte {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b, c := g[l[0][0]][l[0][1]], g[l[1][0]][l[1][1]], g[l[2][0]][l[2][1]]
		if a != '.' && a == b && b == c {
			return a
		}
	}
	return 0
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	b = append(b, 30)
	fmt.Println(a, b)
	c := a[1:3:3]
	c = append(c, 99)
	c[0] = -1
	fmt.Println(a, c, cap(c) >= 3)
	d := make([]int, 2, 10)
	copy(d, a)
	n := copy(d[1:], []int{7, 8, 9})
	fmt.Println(d, n, d[:4])
	var s []string
	for i := 0; i < 10; i++ {
		s = append(s, fmt.Sprint(i))
	}
	fmt.Println(len(s), s[len(s)-3:])
	s = append(s[:2], s[5:]...)
	fmt.Println(s)
	s = s[:0]
	fmt.Println(len(s), s == nil)

	var g Grid
	for r := range g {
		for c := range g[r] {
			g[r][c] = '.'
		}
	}
	g2 := g
	moves := [][3]int{{1, 1, 'X'}, {0, 0, 'O'}, {0, 2, 'X'}, {2, 0, 'X'}, {1, 0, 'O'}}
	for _, m := range moves {
		g.Set(m[0], m[1], byte(m[2]))
	}
	fmt.Print(g, g2)
	fmt.Printf("winner %q, g==g2 %t\n", g.Winner(), g == g2)

	type pt struct{ x, y int }
	m := map[pt][]string{}
	m[pt{1, 2}] = append(m[pt{1, 2}], "a")
	m[pt{1, 2}] = append(m[pt{1, 2}], "b")
	fmt.Println(m, len(m[pt{0, 0}]))
	ms := map[string]pt{"p": {1, 1}}
	p := ms["p"]
	p.x = 50
	fmt.Println(ms, p)
	arr := [5]int{1, 2, 3}
	sl := arr[:]
	sl[4] = 5
	arr2 := arr
	arr2[0] = 0
	fmt.Println(arr, arr2, arr == arr2, sl)
	ptrs := []*pt{{1, 1}, {2, 2}}
	for _, q := range ptrs {
		q.x *= 10
	}
	fmt.Println(*ptrs[0], *ptrs[1])
	matrix := make([][]float64, 3)
	backing := make([]float64, 9)
	for i := range matrix {
		matrix[i] = backing[i*3 : (i+1)*3]
	}
	matrix[1][1] = 5
	fmt.Println(backing, matrix)
	bs := []byte("hello")
	str := string(bs)
	bs[0] = 'J'
	fmt.Println(str, string(bs))
}
