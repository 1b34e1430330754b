// Matrix operations as in a numerical methods exercise sheet: a Matrix
// type over a flat preallocated slice, multiplication, transpose, Gaussian
// elimination with partial pivoting, determinant and inverse.
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

func New(r, c int) *Matrix {
	return &Matrix{rows: r, cols: c, data: make([]float64, r*c)}
}

func FromRows(rows [][]float64) *Matrix {
	m := New(len(rows), len(rows[0]))
	for i, row := range rows {
		copy(m.data[i*m.cols:(i+1)*m.cols], row)
	}
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Clone() *Matrix {
	c := New(m.rows, m.cols)
	copy(c.data, m.data)
	return c
}

var ErrShape = errors.New("shape mismatch")
var ErrSingular = errors.New("matrix is singular")

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for k := 0; k < m.cols; k++ {
			a := m.At(i, k)
			for j := 0; j < o.cols; j++ {
				r.data[i*r.cols+j] += a * o.At(k, j)
			}
		}
	}
	return r, nil
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

func (m *Matrix) swapRows(a, b int) {
	if a == b {
		return
	}
	ra := m.data[a*m.cols : (a+1)*m.cols]
	rb := m.data[b*m.cols : (b+1)*m.cols]
	for j := range ra {
		ra[j], rb[j] = rb[j], ra[j]
	}
}

// eliminate reduces m to upper triangular form in place, applying the same
// row operations to aug when it is not nil. It returns the sign of the
// permutation.
func (m *Matrix) eliminate(aug *Matrix) (float64, error) {
	sign := 1.0
	n := m.rows
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(m.At(r, col)) > math.Abs(m.At(piv, col)) {
				piv = r
			}
		}
		if math.Abs(m.At(piv, col)) < 1e-12 {
			return 0, ErrSingular
		}
		if piv != col {
			m.swapRows(piv, col)
			if aug != nil {
				aug.swapRows(piv, col)
			}
			sign = -sign
		}
		for r := col + 1; r < n; r++ {
			f := m.At(r, col) / m.At(col, col)
			for c := col; c < n; c++ {
				m.Set(r, c, m.At(r, c)-f*m.At(col, c))
			}
			if aug != nil {
				for c := 0; c < aug.cols; c++ {
					aug.Set(r, c, aug.At(r, c)-f*aug.At(col, c))
				}
			}
		}
	}
	return sign, nil
}

func (m *Matrix) Det() float64 {
	u := m.Clone()
	sign, err := u.eliminate(nil)
	if err != nil {
		return 0
	}
	d := sign
	for i := 0; i < u.rows; i++ {
		d *= u.At(i, i)
	}
	return d
}

func (m *Matrix) Inverse() (*Matrix, error) {
	if m.rows != m.cols {
		return nil, ErrShape
	}
	u := m.Clone()
	inv := Identity(m.rows)
	if _, err := u.eliminate(inv); err != nil {
		return nil, fmt.Errorf("inverse: %w", err)
	}
	n := m.rows
	for i := n - 1; i >= 0; i-- {
		p := u.At(i, i)
		for c := 0; c < n; c++ {
			inv.Set(i, c, inv.At(i, c)/p)
		}
		for r := 0; r < i; r++ {
			f := u.At(r, i) / p
			for c := 0; c < n; c++ {
				inv.Set(r, c, inv.At(r, c)-f*inv.At(i, c))
			}
		}
	}
	return inv, nil
}

func (m *Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString("|")
		for j := 0; j < m.cols; j++ {
			v := m.At(i, j)
			if math.Abs(v) < 1e-9 {
				v = 0
			}
			fmt.Fprintf(&b, " %8.3f", v)
		}
		b.WriteString(" |\n")
	}
	return b.String()
}

func main() {
	a := FromRows([][]float64{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}})
	b := FromRows([][]float64{{1, 2}, {3, 4}, {5, 6}})
	fmt.Print("A =\n", a)
	fmt.Print("B^T =\n", b.T())
	ab, err := a.Mul(b)
	fmt.Print("A*B =\n", ab, "err: ", err, "\n")
	_, err = b.Mul(b)
	fmt.Println("B*B:", err, errors.Is(err, ErrShape))
	fmt.Printf("det(A) = %.6f\n", a.Det())
	inv, err := a.Inverse()
	if err == nil {
		fmt.Print("inv(A) =\n", inv)
		check, _ := a.Mul(inv)
		fmt.Print("A*inv(A) =\n", check)
	}
	sing := FromRows([][]float64{{1, 2, 3}, {2, 4, 6}, {1, 0, 1}})
	_, err = sing.Inverse()
	fmt.Println("singular:", err, errors.Is(err, ErrSingular), sing.Det())

	// Hilbert matrices get ill-conditioned quickly.
	for n := 2; n <= 6; n++ {
		h := New(n, n)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				h.Set(i, j, 1/float64(i+j+1))
			}
		}
		d := h.Det()
		fmt.Printf("hilbert %d: det=%-12.5e log10=%7.3f %v\n", n, d, math.Log10(d), d > 0)
	}
	r := Identity(4)
	r.swapRows(0, 3)
	fmt.Printf("%v %d %d %.1f\n", r.data, len(r.data), cap(r.data), r.Det())
	fmt.Printf("%g %g %g\n", math.Sqrt(2), math.Inf(1), -math.MaxFloat64)
}
