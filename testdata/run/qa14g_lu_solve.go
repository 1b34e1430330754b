package main

import (
	"errors"
	"fmt"
	"math"
)

type Matrix [][]float64

var ErrSingular = errors.New("matrix is singular")

func Identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Clone() Matrix {
	c := make(Matrix, len(m))
	for i, row := range m {
		c[i] = append([]float64(nil), row...)
	}
	return c
}

func (m Matrix) Mul(o Matrix) Matrix {
	n, p, q := len(m), len(o), len(o[0])
	r := make(Matrix, n)
	for i := 0; i < n; i++ {
		r[i] = make([]float64, q)
		for j := 0; j < q; j++ {
			var s float64
			for k := 0; k < p; k++ {
				s += m[i][k] * o[k][j]
			}
			r[i][j] = s
		}
	}
	return r
}

// LU decomposes m with partial pivoting; it returns the combined LU matrix and the permutation.
func LU(m Matrix) (Matrix, []int, int, error) {
	n := len(m)
	a := m.Clone()
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	sign := 1
	for k := 0; k < n; k++ {
		p := k
		for i := k + 1; i < n; i++ {
			if math.Abs(a[i][k]) > math.Abs(a[p][k]) {
				p = i
			}
		}
		if math.Abs(a[p][k]) < 1e-12 {
			return nil, nil, 0, fmt.Errorf("LU at column %d: %w", k, ErrSingular)
		}
		if p != k {
			a[p], a[k] = a[k], a[p]
			perm[p], perm[k] = perm[k], perm[p]
			sign = -sign
		}
		for i := k + 1; i < n; i++ {
			a[i][k] /= a[k][k]
			for j := k + 1; j < n; j++ {
				a[i][j] -= a[i][k] * a[k][j]
			}
		}
	}
	return a, perm, sign, nil
}

func Solve(m Matrix, b []float64) ([]float64, error) {
	lu, perm, _, err := LU(m)
	if err != nil {
		return nil, err
	}
	n := len(m)
	y := make([]float64, n)
	for i := 0; i < n; i++ {
		y[i] = b[perm[i]]
		for j := 0; j < i; j++ {
			y[i] -= lu[i][j] * y[j]
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		x[i] = y[i]
		for j := i + 1; j < n; j++ {
			x[i] -= lu[i][j] * x[j]
		}
		x[i] /= lu[i][i]
	}
	return x, nil
}

func Det(m Matrix) float64 {
	lu, _, sign, err := LU(m)
	if err != nil {
		return 0
	}
	d := float64(sign)
	for i := range lu {
		d *= lu[i][i]
	}
	return d
}

func (m Matrix) String() string {
	s := ""
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				s += " "
			}
			s += fmt.Sprintf("%8.3f", v)
		}
		s += "\n"
	}
	return s
}

func main() {
	a := Matrix{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}
	x, err := Solve(a, []float64{8, -11, -3})
	fmt.Printf("x=%.6f err=%v\n", x, err)
	fmt.Printf("det=%.4f\n", Det(a))
	fmt.Print(a.Mul(Identity(3)))
	lu, perm, sign, _ := LU(a)
	fmt.Print(lu)
	fmt.Println("perm", perm, "sign", sign)

	sing := Matrix{{1, 2, 3}, {2, 4, 6}, {1, 0, 1}}
	_, err = Solve(sing, []float64{1, 2, 3})
	fmt.Println("singular:", err, errors.Is(err, ErrSingular))
	fmt.Println("det singular:", Det(sing))

	h := make(Matrix, 4)
	for i := range h {
		h[i] = make([]float64, 4)
		for j := range h[i] {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	fmt.Printf("hilbert det=%.6e\n", Det(h))
	ones := []float64{1, 1, 1, 1}
	xs, _ := Solve(h, ones)
	for _, v := range xs {
		fmt.Printf("%.2f ", v)
	}
	fmt.Println()
	fmt.Println(math.Inf(1) > Det(h), math.NaN() == math.NaN())
}
