package main

import (
	"fmt"
	"strings"
)

type Matrix [3][3]float64

func Identity() (m Matrix) {
	for i := range m {
		m[i][i] = 1
	}
	return
}

func (m Matrix) Mul(n Matrix) (r Matrix) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * n[k][j]
			}
		}
	}
	return
}

func (m Matrix) T() Matrix {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func (m *Matrix) Scale(k float64) *Matrix {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
	return m
}

func (m Matrix) Det() float64 {
	return m[0][0]*(m[1][1]*m[2][2]-m[1][2]*m[2][1]) -
		m[0][1]*(m[1][0]*m[2][2]-m[1][2]*m[2][0]) +
		m[0][2]*(m[1][0]*m[2][1]-m[1][1]*m[2][0])
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {0, 1, 4}, {5, 6, 0}}
	fmt.Print(a, a.T(), a.Mul(Identity()), a.Mul(a.T()))
	fmt.Println(a.Det(), Identity().Det(), a.T().Det())
	b := a
	b.Scale(2).Scale(0.5).Scale(3)
	fmt.Print(b, a == b, a == a.T().T(), "\n")
	ms := []Matrix{a, Identity()}
	for _, m := range ms {
		m.Scale(10)
	}
	fmt.Println(ms[0][0][0], ms[1][1][1])
	for i := range ms {
		ms[i].Scale(10)
	}
	fmt.Println(ms[0][0][0], ms[1][1][1])
	mp := map[string]Matrix{"a": a}
	m := mp["a"]
	m.Scale(-1)
	fmt.Println(mp["a"][0][0], m[0][0])
	arrOfArr := [2][2][2]int{{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}}
	copyA := arrOfArr
	copyA[1][1][1] = 80
	fmt.Println(arrOfArr, copyA, arrOfArr == copyA)
}
