package main

import (
	"errors"
	"fmt"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

var ErrShape = errors.New("shape mismatch")

func NewMatrix[T Number](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func (m Matrix[T]) At(i, j int) T { return m.data[i*m.cols+j] }

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.cols != o.rows {
		return Matrix[T]{}, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var sum T
			for k := 0; k < m.cols; k++ {
				sum += m.At(i, k) * o.At(k, j)
			}
			out.data[i*out.cols+j] = sum
		}
	}
	return out, nil
}

func (m Matrix[T]) Transpose() Matrix[T] {
	t := NewMatrix[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.data[j*t.cols+i] = m.At(i, j)
		}
	}
	return t
}

func (m Matrix[T]) String() string {
	s := ""
	for i := 0; i < m.rows; i++ {
		s += fmt.Sprint(m.data[i*m.cols : (i+1)*m.cols])
		if i < m.rows-1 {
			s += "\n"
		}
	}
	return s
}

func Map[T, U Number](m Matrix[T], f func(T) U) Matrix[U] {
	out := NewMatrix[U](m.rows, m.cols)
	for i, v := range m.data {
		out.data[i] = f(v)
	}
	return out
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

type Score int32

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.Transpose()
	c, err := a.Mul(b)
	fmt.Println(c, err)
	_, err = a.Mul(a)
	fmt.Println("err:", err, errors.Is(err, ErrShape))
	half := Map(a, func(v int) float64 { return float64(v) / 2 })
	fmt.Printf("%v\n%T\n", half, half)
	scores := NewMatrix[Score](1, 4, 7, 8, 9, 10)
	fmt.Println(Sum(scores.data...), Sum[float32](0.1, 0.2), Sum[int64]())
	id := NewMatrix[float32](2, 2, 1, 0, 0, 1)
	r, _ := id.Mul(NewMatrix[float32](2, 1, 2.5, -1))
	fmt.Printf("%v %T\n", r.data, r.At(0, 0))
}
