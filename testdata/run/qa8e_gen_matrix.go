package main

import (
	"errors"
	"fmt"
	"strings"
)

type Scalar interface {
	~int | ~int64 | ~float64
}

type Matrix[T Scalar] struct {
	rows, cols int
	data       []T
}

var ErrShape = errors.New("shape mismatch")

func New[T Scalar](rows, cols int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{rows, cols, make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity[T Scalar](n int) *Matrix[T] {
	m := New[T](n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix[T]) Transpose() *Matrix[T] {
	r := New[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			r.Set(j, i, m.At(i, j))
		}
	}
	return r
}

func (m *Matrix[T]) Apply(f func(T) T) *Matrix[T] {
	r := New[T](m.rows, m.cols)
	for i, v := range m.data {
		r.data[i] = f(v)
	}
	return r
}

func (m *Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%6v", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func Trace[T Scalar](m *Matrix[T]) (T, error) {
	if m.rows != m.cols {
		var z T
		return z, ErrShape
	}
	var t T
	for i := 0; i < m.rows; i++ {
		t += m.At(i, i)
	}
	return t, nil
}

func Power[T Scalar](m *Matrix[T], n int) *Matrix[T] {
	r := Identity[T](m.rows)
	for ; n > 0; n-- {
		r, _ = r.Mul(m)
	}
	return r
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.Transpose()
	fmt.Print(a, b)
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fib := New[int64](2, 2, 1, 1, 1, 0)
	fmt.Print(Power(fib, 10))
	f := New(2, 2, 0.5, 1.5, -2.0, 4.0)
	fmt.Print(f.Apply(func(x float64) float64 { return x * x }))
	tr, err := Trace(f)
	fmt.Println(tr, err)
	_, err = Trace(a)
	fmt.Println(err)
	id := Identity[float64](3)
	fmt.Print(id)
	fmt.Printf("%T %T\n", id, a)
}
