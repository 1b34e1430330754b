// Numeric generics: Vec[T Number] with value-receiver arithmetic methods,
// a Matrix[T] stored in one flat slice (row-major) with Mul and
// Transpose, complex numbers in a separate constraint, integer division
// and remainder semantics per instantiated type, and conversions
// between element types.
package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int32 | ~int64 | ~uint8 | ~float32 | ~float64
}

type Vec[T Number] []T

func (v Vec[T]) Add(w Vec[T]) Vec[T] {
	out := make(Vec[T], len(v))
	for i := range v {
		out[i] = v[i] + w[i]
	}
	return out
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func Cast[To, From Number](v Vec[From]) Vec[To] {
	out := make(Vec[To], len(v))
	for i, x := range v {
		out[i] = To(x)
	}
	return out
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Number](rows, cols int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{rows, cols, make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func (m *Matrix[T]) At(r, c int) T     { return m.data[r*m.cols+c] }
func (m *Matrix[T]) Set(r, c int, v T) { m.data[r*m.cols+c] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) *Matrix[T] {
	out := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out
}

func (m *Matrix[T]) T() *Matrix[T] {
	out := NewMatrix[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m *Matrix[T]) String() string {
	s := ""
	for i := 0; i < m.rows; i++ {
		s += fmt.Sprint(m.data[i*m.cols : (i+1)*m.cols])
		if i < m.rows-1 {
			s += "\n"
		}
	}
	return s
}

type Complex interface{ ~complex64 | ~complex128 }

func Poly[C Complex](coef []C, x C) C {
	var r C
	for i := len(coef) - 1; i >= 0; i-- {
		r = r*x + coef[i]
	}
	return r
}

func DivMod[T ~int | ~int8 | ~uint8 | ~int64](a, b T) (T, T) {
	return a / b, a % b
}

func Identity[T Number](n int) *Matrix[T] {
	m := NewMatrix[T](n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func main() {
	a := Vec[int]{1, 2, 3}
	b := Vec[int]{4, 5, 6}
	fmt.Println(a.Add(b), a.Scale(3), a.Dot(b))
	f := Vec[float32]{0.5, 1.5}
	fmt.Println(f.Scale(2).Dot(f), f.Add(f))
	u := Vec[uint8]{200, 100}
	fmt.Println(u.Add(u), u.Dot(u)) // wraps at 8 bits
	fmt.Println(Cast[float64](a).Scale(0.5), Cast[int8](Vec[float64]{127.9, -128.9}))
	fmt.Printf("%T\n", Cast[int64](f))

	m := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	fmt.Println(m)
	fmt.Println(m.T())
	fmt.Println(m.Mul(m.T()))
	fmt.Println(m.T().Mul(Identity[int](2)).data)
	mf := NewMatrix[float64](2, 2, 0.5, 0, 0, 2)
	p := mf
	for i := 0; i < 3; i++ {
		p = p.Mul(mf)
	}
	fmt.Println(p)
	fmt.Printf("%T\n", mf)

	fmt.Println(Poly([]complex128{1, 0, 1}, 1i), Poly([]complex64{2, 3}, 1+1i))

	fmt.Println(DivMod(7, 2))
	fmt.Println(DivMod(-7, 2))
	fmt.Println(DivMod[int8](-128, -1))
	fmt.Println(DivMod[uint8](250, 7))
	q, r := DivMod(int64(-1)<<62, 3)
	fmt.Println(q, r)
}
