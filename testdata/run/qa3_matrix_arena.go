// Matrices three ways, and what each costs in memory: [][]float64 (one
// allocation per row), a flat []float64 with stride (one allocation), and
// fixed-size arrays passed by value or pointer. Includes a tiny arena that
// hands out sub-slices of one big buffer, as allocation-conscious code
// often does.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"unsafe"
)

type Jagged [][]float64

func NewJagged(r, c int) Jagged {
	m := make(Jagged, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

type Flat struct {
	rows, cols int
	data       []float64
}

func NewFlat(r, c int) *Flat {
	return &Flat{rows: r, cols: c, data: make([]float64, r*c)}
}

func (f *Flat) At(i, j int) float64     { return f.data[i*f.cols+j] }
func (f *Flat) Set(i, j int, v float64) { f.data[i*f.cols+j] = v }

func (f *Flat) Mul(g *Flat) (*Flat, error) {
	if f.cols != g.rows {
		return nil, fmt.Errorf("mul: %dx%d by %dx%d: %w", f.rows, f.cols, g.rows, g.cols, ErrShape)
	}
	out := NewFlat(f.rows, g.cols)
	for i := 0; i < f.rows; i++ {
		for k := 0; k < f.cols; k++ {
			a := f.At(i, k)
			for j := 0; j < g.cols; j++ {
				out.data[i*out.cols+j] += a * g.At(k, j)
			}
		}
	}
	return out, nil
}

func (f *Flat) String() string {
	var b strings.Builder
	for i := 0; i < f.rows; i++ {
		for j := 0; j < f.cols; j++ {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%6.2f", f.At(i, j))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

var ErrShape = errors.New("shape mismatch")

type Mat3 [3][3]float64

func (m Mat3) Mul(n Mat3) Mat3 {
	var out Mat3
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				out[i][j] += m[i][k] * n[k][j]
			}
		}
	}
	return out
}

func (m *Mat3) Scale(s float64) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= s
		}
	}
}

func rotation(deg float64) Mat3 {
	r := deg * math.Pi / 180
	c, s := math.Cos(r), math.Sin(r)
	return Mat3{{c, -s, 0}, {s, c, 0}, {0, 0, 1}}
}

// Arena hands out float64 slices carved from one buffer.
type Arena struct {
	buf  []float64
	used int
	allocs int
}

var ErrArenaFull = errors.New("arena exhausted")

func (a *Arena) Alloc(n int) ([]float64, error) {
	if a.used+n > len(a.buf) {
		return nil, fmt.Errorf("alloc %d (used %d of %d): %w", n, a.used, len(a.buf), ErrArenaFull)
	}
	s := a.buf[a.used : a.used+n : a.used+n]
	a.used += n
	a.allocs++
	return s, nil
}

func (a *Arena) Reset() {
	for i := range a.buf[:a.used] {
		a.buf[i] = 0
	}
	a.used = 0
}

func main() {
	j := NewJagged(3, 4)
	for i := range j {
		for k := range j[i] {
			j[i][k] = float64(i*10 + k)
		}
	}
	j[1] = append(j[1], 99) // rows can diverge in length
	fmt.Println("jagged rows:", len(j[0]), len(j[1]), cap(j[1]), j[1])

	a := NewFlat(2, 3)
	b := NewFlat(3, 2)
	for i := 0; i < 6; i++ {
		a.data[i] = float64(i + 1)
		b.data[i] = float64(6 - i)
	}
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))

	r := rotation(90)
	v := r.Mul(rotation(-90))
	fmt.Printf("%.3f\n", v)
	v.Scale(2)
	fmt.Printf("%.1f %v\n", v[0][0], unsafe.Sizeof(v))

	arena := &Arena{buf: make([]float64, 32)}
	var rows [][]float64
	for i := 0; i < 10; i++ {
		s, err := arena.Alloc(i + 1)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrArenaFull))
			break
		}
		for k := range s {
			s[k] = float64(i)
		}
		rows = append(rows, s)
	}
	fmt.Println("arena:", arena.used, "used,", arena.allocs, "allocs,", len(rows), "rows")
	rows[2] = append(rows[2], 42) // full slice expression: copies, arena untouched
	fmt.Println(rows[2], cap(rows[2]), arena.buf[3:6])
	arena.Reset()
	fmt.Println("after reset:", arena.used, rows[1])

	sizes := []struct {
		name string
		size uintptr
	}{
		{"Jagged header", unsafe.Sizeof(j)},
		{"Flat", unsafe.Sizeof(*a)},
		{"Mat3", unsafe.Sizeof(Mat3{})},
		{"Arena", unsafe.Sizeof(*arena)},
	}
	for _, s := range sizes {
		fmt.Printf("%-14s %4d bytes\n", s.name, s.size)
	}
	fmt.Println("identity-ish trace:", v[0][0]+v[1][1]+v[2][2])
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7), math.Round(2.5), math.Abs(-3))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.Mod(7, 3), math.Pow(2, 10), math.Log2(1024), math.Hypot(3, 4), math.Cbrt(27))
}
