// A matrix helper that ends in an unrecovered runtime panic after some
// recovered ones: nil map writes, nil pointer dereferences, slice bounds,
// type assertions and a closed channel, each reported as Go reports it.
package main

import (
	"fmt"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(r, c int) *Matrix {
	return &Matrix{rows: r, cols: c, data: make([]float64, r*c)}
}

func (m *Matrix) At(i, j int) float64 { return m.data[i*m.cols+j] }

func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Row(i int) []float64 { return m.data[i*m.cols : (i+1)*m.cols] }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprint(r)
			if err, ok := r.(error); ok {
				msg = "error: " + err.Error()
			}
			fmt.Printf("%-10s %s\n", name, msg)
		}
	}()
	f()
	fmt.Printf("%-10s ok\n", name)
}

func main() {
	m := NewMatrix(2, 3)
	m.Set(1, 2, 5)
	fmt.Println(m.Row(1), m.At(1, 2))
	var nilM *Matrix
	var counts map[string]int
	var anyv interface{} = "text"
	ch := make(chan int, 1)
	close(ch)
	try("row", func() { _ = m.Row(2) })
	try("at", func() { _ = m.At(0, 7) })
	try("nilptr", func() { _ = nilM.rows })
	try("nilmap", func() { counts["x"]++ })
	try("assert", func() { _ = anyv.(int) })
	try("closed", func() { ch <- 1 })
	try("divide", func() {
		z := 0
		fmt.Println(10 / z)
	})
	try("conv", func() {
		s := []int{1, 2, 3}
		_ = (*[4]int)(s)
	})
	try("fine", func() { _ = strings.Repeat("x", 3) })
	try("custom", func() { panic(fmt.Errorf("matrix %dx%d singular", m.rows, m.cols)) })
	grid := [][]int{{1}, {2, 3}}
	total := 0
	for i := 0; i <= len(grid); i++ {
		total += grid[i][0]
	}
	fmt.Println("unreachable", total)
}
