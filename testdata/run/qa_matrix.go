package main

import "fmt"

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(r, c int) *Matrix {
	return &Matrix{r, c, make([]float64, r*c)}
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", m.rows, m.cols, o.rows, o.cols)
	}
	res := NewMatrix(m.rows, o.cols)
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

func (m *Matrix) String() string {
	s := ""
	for i := 0; i < m.rows; i++ {
		s += fmt.Sprint(m.data[i*m.cols : (i+1)*m.cols])
		if i < m.rows-1 {
			s += "\n"
		}
	}
	return s
}

func main() {
	a := NewMatrix(2, 3)
	b := NewMatrix(3, 2)
	for i := 0; i < 6; i++ {
		a.data[i] = float64(i + 1)
		b.data[i] = float64(6-i) / 2
	}
	c, err := a.Mul(b)
	fmt.Println(c, err)
	_, err = a.Mul(a)
	fmt.Println(err)
	id := NewMatrix(3, 3)
	for i := 0; i < 3; i++ {
		id.Set(i, i, 1)
	}
	d, _ := a.Mul(id)
	fmt.Println(d.String() == a.String())
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*4 + j
		}
	}
	g2 := grid
	g2[1][1] = -1
	fmt.Println(grid, g2[1])
	fmt.Printf("%.3f %v %g\n", 2.0/3, 1e-9, 100000000.0)
}
