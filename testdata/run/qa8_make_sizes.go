// make with constant and non-constant sizes: a constant small size can live
// on the stack, a size known only at run time sends the slice to the heap.
package main

import (
	"fmt"
	"strings"
)

const width = 16

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(r, c int) *Matrix {
	return &Matrix{rows: r, cols: c, data: make([]float64, r*c)}
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func identity(n int) *Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func histogram(words []string) string {
	counts := make([]int, width)
	for _, w := range words {
		counts[len(w)%width]++
	}
	var b strings.Builder
	for i, c := range counts {
		if c > 0 {
			fmt.Fprintf(&b, "%d:%s ", i, strings.Repeat("*", c))
		}
	}
	return b.String()
}

func window(xs []int, k int) []int {
	sums := make([]int, 0, len(xs))
	buf := make([]int, k)
	total := 0
	for i, x := range xs {
		total += x - buf[i%k]
		buf[i%k] = x
		if i >= k-1 {
			sums = append(sums, total)
		}
	}
	return sums
}

func constExprSizes() (int, int) {
	const n = 4 * 8
	a := make([]byte, n)
	m := make(map[string]int, n)
	m["k"] = len(a)
	return len(a), m["k"]
}

func channelBuffer(n int) int {
	ch := make(chan int, n)
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
	s := 0
	for v := range ch {
		s += v
	}
	return s
}

func main() {
	id := identity(3)
	fmt.Println(id.At(0, 0), id.At(0, 1), id.At(2, 2), len(id.data))
	fmt.Println(histogram(strings.Fields("the quick brown fox jumps over the lazy dog")))
	fmt.Println(window([]int{1, 2, 3, 4, 5, 6}, 3))
	fmt.Println(constExprSizes())
	fmt.Println(channelBuffer(5))
	n := 3
	grid := make([][]rune, n)
	for i := range grid {
		grid[i] = make([]rune, n)
		for j := range grid[i] {
			grid[i][j] = '.'
		}
		grid[i][i] = '#'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
}
