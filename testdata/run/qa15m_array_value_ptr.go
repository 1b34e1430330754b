package main

import "fmt"

type Matrix [4][4]float64

func identity() Matrix {
	var m Matrix
	for i := range m {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Scaled(k float64) Matrix {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
	return m
}

func (m *Matrix) Scale(k float64) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
}

func mul(a, b *Matrix) (c Matrix) {
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			for k := 0; k < 4; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return
}

func trace(m Matrix) (t float64) {
	for i := range m {
		t += m[i][i]
	}
	return
}

type Board struct {
	cells [3][3]byte
	moves [9]int
	n     int
}

func (b Board) With(pos int, c byte) Board {
	b.cells[pos/3][pos%3] = c
	b.moves[b.n] = pos
	b.n++
	return b
}

func main() {
	id := identity()
	two := id.Scaled(2)
	fmt.Println(trace(id), trace(two))
	id.Scale(3)
	fmt.Println(trace(id), trace(mul(&id, &two)))
	arrs := [3][2]int{{1, 2}, {3, 4}, {5, 6}}
	for _, row := range arrs {
		row[0] = 100 // copy of the row
	}
	for i := range arrs {
		arrs[i][1] *= 10
	}
	fmt.Println(arrs)
	// ranging over an array copies it first
	src := [3]int{1, 2, 3}
	for i, v := range src {
		src[2] = 99
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(src)
	ps := &src
	for i, v := range ps {
		ps[2] = 7
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	b0 := Board{}
	b1 := b0.With(4, 'X')
	b2 := b1.With(0, 'O')
	fmt.Println(b0.n, b1.n, b2.n, string(b2.cells[0][:]), string(b2.cells[1][:]), b2.moves[:b2.n])
	fmt.Println(b1 == b0, b1 == b0.With(4, 'X'))
	hist := map[[2]int]int{}
	for _, p := range [][2]int{{1, 2}, {2, 1}, {1, 2}} {
		hist[p]++
	}
	fmt.Println(hist[[2]int{1, 2}], len(hist))
	sl := src[:]
	sl[0] = -1
	cp := src
	cp[1] = -2
	fmt.Println(src, cp, len(sl))
}
