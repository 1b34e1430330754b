package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Vec3 struct{ X, Y, Z float64 }

func (v Vec3) Add(o Vec3) Vec3      { return Vec3{v.X + o.X, v.Y + o.Y, v.Z + o.Z} }
func (v Vec3) Scale(k float64) Vec3 { return Vec3{v.X * k, v.Y * k, v.Z * k} }
func (v Vec3) Dot(o Vec3) float64   { return v.X*o.X + v.Y*o.Y + v.Z*o.Z }
func (v Vec3) Cross(o Vec3) Vec3 {
	return Vec3{v.Y*o.Z - v.Z*o.Y, v.Z*o.X - v.X*o.Z, v.X*o.Y - v.Y*o.X}
}
func (v Vec3) Len() float64 { return math.Sqrt(v.Dot(v)) }
func (v *Vec3) Normalize() {
	l := v.Len()
	if l == 0 {
		return
	}
	v.X /= l
	v.Y /= l
	v.Z /= l
}
func (v Vec3) String() string { return fmt.Sprintf("(%.3g, %.3g, %.3g)", v.X, v.Y, v.Z) }

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("shape mismatch")

func New(r, c int) *Matrix {
	return &Matrix{rows: r, cols: c, data: make([]float64, r*c)}
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func FromRows(rows [][]float64) *Matrix {
	m := New(len(rows), len(rows[0]))
	for i, r := range rows {
		copy(m.data[i*m.cols:], r)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }
func (m Matrix) Dims() (int, int)         { return m.rows, m.cols }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	res := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			res.Set(i, j, s)
		}
	}
	return res, nil
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

func (m *Matrix) Apply(f func(float64) float64) {
	for i, v := range m.data {
		m.data[i] = f(v)
	}
}

func (m *Matrix) Det() float64 {
	if m.rows != m.cols {
		panic(ErrShape)
	}
	n := m.rows
	a := make([]float64, len(m.data))
	copy(a, m.data)
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r*n+c]) > math.Abs(a[p*n+c]) {
				p = r
			}
		}
		if a[p*n+c] == 0 {
			return 0
		}
		if p != c {
			for k := 0; k < n; k++ {
				a[p*n+k], a[c*n+k] = a[c*n+k], a[p*n+k]
			}
			det = -det
		}
		det *= a[c*n+c]
		for r := c + 1; r < n; r++ {
			f := a[r*n+c] / a[c*n+c]
			for k := c; k < n; k++ {
				a[r*n+k] -= f * a[c*n+k]
			}
		}
	}
	return det
}

func (m *Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%6.2f", m.At(i, j))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

type Transform [4][4]float64

func (t Transform) Apply(v Vec3) Vec3 {
	in := [4]float64{v.X, v.Y, v.Z, 1}
	var out [4]float64
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			out[i] += t[i][j] * in[j]
		}
	}
	return Vec3{out[0], out[1], out[2]}
}

func Translate(d Vec3) Transform {
	t := Transform{}
	for i := 0; i < 4; i++ {
		t[i][i] = 1
	}
	t[0][3], t[1][3], t[2][3] = d.X, d.Y, d.Z
	return t
}

func main() {
	a := Vec3{1, 2, 3}
	b := Vec3{4, 5, 6}
	fmt.Println(a.Add(b), a.Scale(2), a.Dot(b), a.Cross(b))
	n := b
	n.Normalize()
	fmt.Printf("%v %.4f\n", n, n.Len())
	pts := []Vec3{a, b, {0, 0, 0}}
	for i := range pts {
		pts[i].Normalize()
	}
	fmt.Println(pts)
	add := a.Add
	scale := (*Vec3).Normalize
	c := Vec3{3, 0, 4}
	scale(&c)
	fmt.Println(add(Vec3{1, 1, 1}), c)

	m := FromRows([][]float64{{1, 2, 3}, {4, 5, 6}})
	fmt.Print(m)
	mt := m.T()
	p, err := m.Mul(mt)
	fmt.Print(p, err, "\n")
	_, err = m.Mul(m)
	fmt.Println(err, errors.Is(err, ErrShape))
	r, cols := m.Dims()
	fmt.Println(r, cols)
	m3 := FromRows([][]float64{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}})
	fmt.Printf("det=%.2f det(I)=%.1f\n", m3.Det(), Identity(4).Det())
	m3.Apply(func(x float64) float64 { return x * x })
	fmt.Print(m3)
	tr := Translate(Vec3{10, 0, -1})
	fmt.Println(tr.Apply(a))
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println("panic:", e, e == ErrShape)
			}
		}()
		m.Det()
	}()
	var z Matrix
	fmt.Println(z.Dims())
	fmt.Println(m.At(5, 5))
}
