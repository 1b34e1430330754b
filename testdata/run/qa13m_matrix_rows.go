// A dense matrix stored in one backing slice with row slices pointing into
// it; sizes come from the input, so every make has a non-constant size.
package main

import (
	"fmt"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
	row        [][]float64
}

func New(r, c int) *Matrix {
	m := &Matrix{rows: r, cols: c, data: make([]float64, r*c), row: make([][]float64, r)}
	for i := range m.row {
		m.row[i] = m.data[i*c : (i+1)*c : (i+1)*c]
	}
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.row[i][i] = 1
	}
	return m
}

func FromRows(rows [][]float64) *Matrix {
	m := New(len(rows), len(rows[0]))
	for i, r := range rows {
		copy(m.row[i], r)
	}
	return m
}

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", m.rows, m.cols, o.rows, o.cols)
	}
	out := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for k := 0; k < m.cols; k++ {
			a := m.row[i][k]
			if a == 0 {
				continue
			}
			orow := o.row[k]
			for j, b := range orow {
				out.row[i][j] += a * b
			}
		}
	}
	return out, nil
}

func (m *Matrix) Transpose() *Matrix {
	t := New(m.cols, m.rows)
	for i, r := range m.row {
		for j, v := range r {
			t.row[j][i] = v
		}
	}
	return t
}

func (m *Matrix) SwapRows(i, j int) {
	m.row[i], m.row[j] = m.row[j], m.row[i]
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for _, r := range m.row {
		for j, v := range r {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func column(m *Matrix, j int) []float64 {
	col := make([]float64, 0, m.rows)
	for _, r := range m.row {
		col = append(col, r[j])
	}
	return col
}

func main() {
	a := FromRows([][]float64{{1, 2, 3}, {4, 5, 6}})
	b := FromRows([][]float64{{7, 8}, {9, 10}, {11, 12}})
	p, err := a.Mul(b)
	fmt.Print("a*b =\n", p)
	fmt.Println("err:", err)
	_, err = a.Mul(a)
	fmt.Println("err:", err)
	t := a.Transpose()
	fmt.Print("t =\n", t.String())
	id := Identity(3)
	q, _ := t.Mul(Identity(2))
	fmt.Println("t*I == t:", q.String() == t.String(), "id rows", len(id.row))
	t.SwapRows(0, 2)
	fmt.Print("swapped =\n", t)
	fmt.Println("backing still:", t.data)
	fmt.Println("col 1:", column(t, 1))
	t.row[1] = append(t.row[1], 99)
	fmt.Println("appended row has new backing:", len(t.row[1]), t.data[2:4])
}
