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

type ShapeError struct {
	Op         string
	A, B       [2]int
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("%s: %dx%d vs %dx%d", e.Op, e.A[0], e.A[1], e.B[0], e.B[1])
}

func (e *ShapeError) Is(target error) bool { return target == ErrShape }

func New(r, c int, vals ...float64) *Matrix {
	m := &Matrix{r, c, make([]float64, r*c)}
	copy(m.data, vals)
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

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, &ShapeError{"mul", [2]int{m.rows, m.cols}, [2]int{o.rows, o.cols}}
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
	return r, nil
}

func (m *Matrix) Transpose() *Matrix {
	t := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

// Det by Gaussian elimination with partial pivoting.
func (m *Matrix) Det() (float64, error) {
	if m.rows != m.cols {
		return 0, fmt.Errorf("det: %w", &ShapeError{"det", [2]int{m.rows, m.cols}, [2]int{m.cols, m.rows}})
	}
	n := m.rows
	a := append([]float64(nil), m.data...)
	det := 1.0
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r*n+col]) > math.Abs(a[piv*n+col]) {
				piv = r
			}
		}
		if a[piv*n+col] == 0 {
			return 0, nil
		}
		if piv != col {
			for k := 0; k < n; k++ {
				a[piv*n+k], a[col*n+k] = a[col*n+k], a[piv*n+k]
			}
			det = -det
		}
		det *= a[col*n+col]
		for r := col + 1; r < n; r++ {
			f := a[r*n+col] / a[col*n+col]
			for k := col; k < n; k++ {
				a[r*n+k] -= f * a[col*n+k]
			}
		}
	}
	return det, nil
}

func (m *Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%6.2f", m.At(i, j))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func floyd(n int, edges [][3]int) [][]int {
	const inf = math.MaxInt32
	d := make([][]int, n)
	for i := range d {
		d[i] = make([]int, n)
		for j := range d[i] {
			if i != j {
				d[i][j] = inf
			}
		}
	}
	for _, e := range edges {
		d[e[0]][e[1]] = e[2]
	}
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if d[i][k] != inf && d[k][j] != inf && d[i][k]+d[k][j] < d[i][j] {
					d[i][j] = d[i][k] + d[k][j]
				}
			}
		}
	}
	return d
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Print(a.Transpose())
	m := New(3, 3, 2, -3, 1, 2, 0, -1, 1, 4, 5)
	d, err := m.Det()
	fmt.Printf("det=%.4f err=%v\n", d, err)
	_, err = a.Det()
	var se *ShapeError
	fmt.Println(err, errors.As(err, &se), se.Op, errors.Is(err, ErrShape))
	id := Identity(3)
	p, _ := m.Mul(id)
	fmt.Println(p.String() == m.String(), len(p.data), cap(p.data))
	sing := New(2, 2, 1, 2, 2, 4)
	fmt.Println(sing.Det())
	dist := floyd(4, [][3]int{{0, 1, 5}, {0, 3, 10}, {1, 2, 3}, {2, 3, 1}})
	for _, row := range dist {
		for _, v := range row {
			if v == math.MaxInt32 {
				fmt.Printf("%4s", "inf")
			} else {
				fmt.Printf("%4d", v)
			}
		}
		fmt.Println()
	}
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*4 + j
		}
	}
	g2 := grid
	g2[1][1] = 99
	fmt.Println(grid[1], g2[1], grid == g2, len(grid), len(grid[0]))
	rot := [4][3]int{}
	for i, row := range grid {
		for j, v := range row {
			rot[j][2-i] = v
		}
	}
	fmt.Println(rot)
}
