// Arrays and matrices: fixed arrays on the stack, 2-D slices, a big array
// over the implicit-allocation limit, slicing arrays, copying rows.
package main

import "fmt"

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(r, c int) *Matrix {
	return &Matrix{rows: r, cols: c, data: make([]float64, r*c)}
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) *Matrix {
	res := NewMatrix(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			res.Set(i, j, s)
		}
	}
	return res
}

func identity(n int) *Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

type Vec3 [3]float64

func (v Vec3) Dot(w Vec3) float64 { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }

func scale(v *Vec3, k float64) {
	for i := range v {
		v[i] *= k
	}
}

func grid(n int) [][]int {
	g := make([][]int, n)
	for i := range g {
		g[i] = make([]int, n)
		for j := range g[i] {
			g[i][j] = i * j
		}
	}
	return g
}

func histogram(data []byte) [256]int {
	var h [256]int
	for _, b := range data {
		h[b]++
	}
	return h
}

func bigTable() int {
	var table [20000]int
	for i := range table {
		table[i] = i % 7
	}
	s := 0
	for _, v := range table[:100] {
		s += v
	}
	return s
}

func smallTable() int {
	t := make([]int, 100)
	for i := range t {
		t[i] = i
	}
	return t[99]
}

func sumRow(row []int) int {
	s := 0
	for _, v := range row {
		s += v
	}
	return s
}

func main() {
	a := NewMatrix(2, 2)
	a.Set(0, 0, 1)
	a.Set(0, 1, 2)
	a.Set(1, 0, 3)
	a.Set(1, 1, 4)
	p := a.Mul(identity(2))
	fmt.Println(p.At(0, 0), p.At(0, 1), p.At(1, 0), p.At(1, 1))

	v := Vec3{1, 2, 3}
	scale(&v, 2)
	fmt.Println(v, v.Dot(Vec3{1, 1, 1}))

	g := grid(4)
	fmt.Println(g[3], sumRow(g[2]))

	h := histogram([]byte("hello"))
	fmt.Println(h['l'], h['o'])
	fmt.Println(bigTable(), smallTable())

	var buf [8]int
	s := buf[2:5]
	for i := range s {
		s[i] = i + 1
	}
	fmt.Println(buf, sumRow(buf[:]))

	rows := make([][]int, 0, 3)
	for i := 0; i < 3; i++ {
		row := []int{i, i + 1, i + 2}
		rows = append(rows, row)
	}
	cp := make([]int, 3)
	copy(cp, rows[1])
	fmt.Println(rows, cp)
}
