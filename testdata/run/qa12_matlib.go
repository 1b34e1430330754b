// A tiny fixed-size matrix library: value receivers for small matrices,
// pointer receivers for big ones, arrays of arrays and method values.
package main

import (
	"fmt"
	"math"
	"strings"
)

type Vec3 [3]float64
type Mat3 [3][3]float64

func (v Vec3) Dot(w Vec3) float64 { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }
func (v Vec3) Scale(k float64) Vec3 {
	for i := range v {
		v[i] *= k
	}
	return v
}
func (v Vec3) Len() float64 { return math.Sqrt(v.Dot(v)) }

func Identity() Mat3 {
	var m Mat3
	for i := 0; i < 3; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Mat3) Mul(n Mat3) (r Mat3) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			var s float64
			for k := 0; k < 3; k++ {
				s += m[i][k] * n[k][j]
			}
			r[i][j] = s
		}
	}
	return
}

func (m Mat3) Apply(v Vec3) (r Vec3) {
	for i, row := range m {
		r[i] = Vec3(row).Dot(v)
	}
	return
}

func (m *Mat3) Transpose() {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
}

func (m Mat3) String() string {
	var b strings.Builder
	for _, row := range m {
		b.WriteString("[")
		for j, x := range row {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%6.2f", x)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func RotZ(deg float64) Mat3 {
	r := deg * math.Pi / 180
	c, s := math.Cos(r), math.Sin(r)
	return Mat3{{c, -s, 0}, {s, c, 0}, {0, 0, 1}}
}

// Big is a dense NxN matrix on the heap.
const N = 64

type Big struct {
	cells [N][N]int32 // 16 KiB
}

func NewBig(seed int32) *Big {
	b := new(Big)
	for i := range b.cells {
		for j := range b.cells[i] {
			b.cells[i][j] = (seed*int32(i) + int32(j)) % 7
		}
	}
	return b
}

func (b *Big) Trace() (t int64) {
	for i := 0; i < N; i++ {
		t += int64(b.cells[i][i])
	}
	return
}

func (b *Big) MulInto(dst *Big, o *Big) {
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			var s int32
			for k := 0; k < N; k++ {
				s += b.cells[i][k] * o.cells[k][j]
			}
			dst.cells[i][j] = s
		}
	}
}

func main() {
	rot := RotZ(90)
	fmt.Print(rot)
	v := Vec3{1, 0, 0}
	w := rot.Apply(v)
	fmt.Printf("%.3f %.3f %.3f len=%.3f\n", w[0], w[1], w[2], w.Len())
	full := rot.Mul(rot).Mul(rot).Mul(rot)
	fmt.Print(full)
	t := RotZ(30)
	t.Transpose()
	fmt.Print(t.Mul(RotZ(30)))
	id := Identity()
	apply := id.Apply // method value copies id
	id[0][0] = 5
	fmt.Println(apply(Vec3{2, 3, 4}), id.Apply(Vec3{2, 3, 4}))
	scale := Vec3.Scale // method expression
	fmt.Println(scale(Vec3{1, 2, 3}, 2))

	a, b := NewBig(3), NewBig(5)
	var dst Big
	a.MulInto(&dst, b)
	fmt.Println("traces", a.Trace(), b.Trace(), dst.Trace())
	tr := (*Big).Trace
	fmt.Println(tr(&dst) == dst.Trace())
}
