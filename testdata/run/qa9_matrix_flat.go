// A dense matrix stored in one flat []float64 with a stride; row views
// share the backing array; Mul allocates the result; a transposed copy.
package main

import (
	"fmt"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func New(r, c int) *Matrix {
	return &Matrix{rows: r, cols: c, data: make([]float64, r*c)}
}

func FromRows(rows ...[]float64) *Matrix {
	m := New(len(rows), len(rows[0]))
	for i, r := range rows {
		copy(m.Row(i), r)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }
func (m *Matrix) Row(i int) []float64     { return m.data[i*m.cols : (i+1)*m.cols : (i+1)*m.cols] }

func (m *Matrix) Mul(o *Matrix) *Matrix {
	if m.cols != o.rows {
		panic(fmt.Sprintf("shape mismatch %dx%d * %dx%d", m.rows, m.cols, o.rows, o.cols))
	}
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r
}

func (m *Matrix) T() *Matrix {
	t := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString(fmt.Sprint(m.Row(i)))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func trace(m *Matrix) (t float64) {
	for i := 0; i < m.rows && i < m.cols; i++ {
		t += m.At(i, i)
	}
	return
}

func main() {
	a := FromRows([]float64{1, 2, 3}, []float64{4, 5, 6})
	b := a.T()
	fmt.Print(a, b)
	c := a.Mul(b)
	fmt.Print(c)
	fmt.Println("trace", trace(c))
	row := c.Row(1)
	row[0] = -1
	fmt.Println(c.At(1, 0), len(row), cap(row))
	defer func() { fmt.Println("recovered:", recover()) }()
	a.Mul(a)
}
