// Arrays are values: passing, assigning and ranging copy them; pointers
// to arrays and slices of arrays share. A 4x4 matrix type shows both.
package main

import "fmt"

type Mat4 [4][4]float32

func Identity() Mat4 {
	var m Mat4
	for i := 0; i < 4; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Mat4) Mul(o Mat4) Mat4 {
	var r Mat4
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			var s float32
			for k := 0; k < 4; k++ {
				s += m[i][k] * o[k][j]
			}
			r[i][j] = s
		}
	}
	return r
}

func (m *Mat4) Scale(k float32) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
}

func (m Mat4) Trace() (t float32) {
	for i := range m {
		t += m[i][i]
	}
	return
}

func zeroCopy(m Mat4) { m[0][0] = 0 }

func zeroPtr(m *Mat4) { m[0][0] = 0 }

type Transform struct {
	Name string
	M    Mat4
}

func main() {
	a := Identity()
	b := a
	b.Scale(2)
	fmt.Println(a.Trace(), b.Trace())
	c := a.Mul(b)
	fmt.Println(c[0], c.Trace())
	zeroCopy(c)
	fmt.Println(c[0][0])
	zeroPtr(&c)
	fmt.Println(c[0][0])

	ts := []Transform{{"id", Identity()}, {"double", b}}
	for _, t := range ts {
		t.M.Scale(10) // a copy
	}
	fmt.Println(ts[0].M.Trace(), ts[1].M.Trace())
	for i := range ts {
		ts[i].M.Scale(10)
	}
	fmt.Println(ts[0].M.Trace(), ts[1].M.Trace())

	rows := a[1:3]
	rows[0][1] = 7 // shares a's storage
	fmt.Println(a[1], len(rows), cap(rows))
	arrs := [][4]int{{1, 2, 3, 4}, {5, 6, 7, 8}}
	first := arrs[0]
	first[0] = 100
	p := &arrs[1]
	p[0] = 500
	fmt.Println(arrs, first)
	m := map[[2]int]string{{0, 0}: "origin", {1, 2}: "p"}
	k := [2]int{1, 2}
	fmt.Println(m[k], len(m), a == Identity(), b == a)
}
