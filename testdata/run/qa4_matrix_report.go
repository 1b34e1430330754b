// Numeric report: matrices as [][]float64 and as flat arrays, Gaussian
// elimination with partial pivoting, a singular matrix detected with a
// custom error, statistics (mean, variance, median, percentiles) and a
// table with fmt width/precision verbs, %e for tiny residuals, and
// math special values.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

var ErrSingular = errors.New("matrix is singular")

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(rows, cols int, vals ...float64) *Matrix {
	m := &Matrix{rows, cols, make([]float64, rows*cols)}
	copy(m.data, vals)
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul: %dx%d by %dx%d", m.rows, m.cols, o.rows, o.cols)
	}
	r := NewMatrix(m.rows, o.cols)
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

func (m *Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString("[")
		for j := 0; j < m.cols; j++ {
			fmt.Fprintf(&b, "%9.4f", m.At(i, j))
		}
		b.WriteString(" ]\n")
	}
	return b.String()
}

// Solve solves A x = b by Gaussian elimination with partial pivoting.
func Solve(a *Matrix, b []float64) ([]float64, error) {
	n := a.rows
	aug := make([][]float64, n)
	for i := range aug {
		aug[i] = make([]float64, n+1)
		for j := 0; j < n; j++ {
			aug[i][j] = a.At(i, j)
		}
		aug[i][n] = b[i]
	}
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(aug[r][col]) > math.Abs(aug[piv][col]) {
				piv = r
			}
		}
		if math.Abs(aug[piv][col]) < 1e-12 {
			return nil, fmt.Errorf("column %d: %w", col, ErrSingular)
		}
		aug[col], aug[piv] = aug[piv], aug[col]
		for r := col + 1; r < n; r++ {
			f := aug[r][col] / aug[col][col]
			for c := col; c <= n; c++ {
				aug[r][c] -= f * aug[col][c]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := aug[i][n]
		for j := i + 1; j < n; j++ {
			s -= aug[i][j] * x[j]
		}
		x[i] = s / aug[i][i]
	}
	return x, nil
}

type stats struct {
	n                      int
	mean, variance, stddev float64
	min, max, median       float64
	p90                    float64
}

func describe(xs []float64) stats {
	s := stats{n: len(xs), min: math.Inf(1), max: math.Inf(-1)}
	for _, x := range xs {
		s.mean += x
		s.min = math.Min(s.min, x)
		s.max = math.Max(s.max, x)
	}
	s.mean /= float64(len(xs))
	for _, x := range xs {
		s.variance += (x - s.mean) * (x - s.mean)
	}
	s.variance /= float64(len(xs) - 1)
	s.stddev = math.Sqrt(s.variance)
	sorted := append([]float64(nil), xs...)
	sort.Float64s(sorted)
	if len(sorted)%2 == 1 {
		s.median = sorted[len(sorted)/2]
	} else {
		s.median = (sorted[len(sorted)/2-1] + sorted[len(sorted)/2]) / 2
	}
	rank := 0.9 * float64(len(sorted)-1)
	lo := int(math.Floor(rank))
	hi := int(math.Ceil(rank))
	s.p90 = sorted[lo] + (sorted[hi]-sorted[lo])*(rank-float64(lo))
	return s
}

func main() {
	a := NewMatrix(3, 3, 2, 1, -1, -3, -1, 2, -2, 1, 2)
	b := []float64{8, -11, -3}
	x, err := Solve(a, b)
	fmt.Println("x =", x, err)
	xs := NewMatrix(3, 1, x...)
	ax, _ := a.Mul(xs)
	var resid float64
	for i := range b {
		resid += math.Abs(ax.At(i, 0) - b[i])
	}
	fmt.Printf("residual %.3e (tiny: %v)\n", resid, resid < 1e-9)
	fmt.Print(a)
	sq, _ := a.Mul(a)
	fmt.Print(sq)
	_, err = a.Mul(NewMatrix(2, 2))
	fmt.Println(err)
	sing := NewMatrix(3, 3, 1, 2, 3, 2, 4, 6, 1, 1, 1)
	_, err = Solve(sing, []float64{1, 2, 3})
	fmt.Println(err, errors.Is(err, ErrSingular))

	hilbert := NewMatrix(4, 4)
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			hilbert.Set(i, j, 1/float64(i+j+1))
		}
	}
	hx, err := Solve(hilbert, []float64{1, 1, 1, 1})
	fmt.Printf("hilbert: %.6g %v\n", hx, err)

	samples := map[string][]float64{
		"latency_ms": {12.5, 15.1, 9.8, 22.4, 13.3, 11.0, 95.2, 14.4, 12.9, 13.7},
		"cpu_pct":    {45, 47.5, 52, 49.25, 51, 48, 46.5},
		"errors":     {0, 0, 1, 0, 3},
	}
	names := make([]string, 0, len(samples))
	for k := range samples {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Printf("%-11s %3s %9s %9s %8s %7s %7s %7s %7s\n", "series", "n", "mean", "var", "stddev", "min", "median", "p90", "max")
	for _, name := range names {
		s := describe(samples[name])
		fmt.Printf("%-11s %3d %9.3f %9.3f %8.4f %7.2f %7.2f %7.2f %7.2f\n", name, s.n, s.mean, s.variance, s.stddev, s.min, s.median, s.p90, s.max)
	}
	fmt.Println(math.Sqrt(2), math.Pi, math.E, math.Phi, math.Ln2, math.Log10(1000), math.Log2(1024), math.Exp(1))
	fmt.Printf("%.3f %.3f %.3f %.0f %g\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(1, 1)*180/math.Pi, math.Gamma(5))
	big := math.MaxFloat64
	fmt.Printf("%v %v %v %.2e %8.3g|\n", math.Inf(1)/2, -big*2, 0/math.Inf(1), math.SmallestNonzeroFloat64, 1234567.0)
}
