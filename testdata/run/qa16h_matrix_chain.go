package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("shape mismatch")

func Zeros(r, c int) *Matrix {
	return &Matrix{rows: r, cols: c, data: make([]float64, r*c)}
}

func Identity(n int) *Matrix {
	m := Zeros(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func FromRows(rows ...[]float64) *Matrix {
	m := Zeros(len(rows), len(rows[0]))
	for i, r := range rows {
		copy(m.data[i*m.cols:(i+1)*m.cols], r)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Row(i int) []float64 { return m.data[i*m.cols : (i+1)*m.cols : (i+1)*m.cols] }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out := Zeros(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for k := 0; k < m.cols; k++ {
			a := m.At(i, k)
			if a == 0 {
				continue
			}
			orow := o.Row(k)
			dst := out.Row(i)
			for j := range dst {
				dst[j] += a * orow[j]
			}
		}
	}
	return out, nil
}

func (m *Matrix) Scale(f float64) *Matrix {
	for i := range m.data {
		m.data[i] *= f
	}
	return m
}

func (m *Matrix) T() *Matrix {
	t := Zeros(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix) Apply(f func(float64) float64) *Matrix {
	for i, v := range m.data {
		m.data[i] = f(v)
	}
	return m
}

func (m Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%6.2f", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func Power(m *Matrix, n int) *Matrix {
	result := Identity(m.rows)
	base := m
	for n > 0 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return result
}

func main() {
	a := FromRows([]float64{1, 2, 3}, []float64{4, 5, 6})
	b := FromRows([]float64{7, 8}, []float64{9, 10}, []float64{11, 12})
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Print(a.T().Scale(0.5).Apply(math.Sqrt))
	fib := FromRows([]float64{1, 1}, []float64{1, 0})
	for _, n := range []int{1, 5, 10, 30} {
		p := Power(fib, n)
		fmt.Printf("fib(%d)=%.0f\n", n, p.At(0, 1))
	}
	rot := FromRows([]float64{0, -1}, []float64{1, 0})
	fmt.Print(Power(rot, 3).String())
	row := a.Row(1)
	row = append(row, 99)
	fmt.Println(row, a.data)
}
