package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(r, c int) *Matrix {
	return &Matrix{rows: r, cols: c, data: make([]float64, r*c)}
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) *Matrix {
	out := NewMatrix(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out
}

type Handler struct {
	name string
	fn   func(string) string
}

func makeHandlers(prefix string) []Handler {
	hs := make([]Handler, 0, 3)
	for _, suffix := range []string{"a", "b", "c"} {
		suffix := suffix
		hs = append(hs, Handler{name: suffix, fn: func(s string) string { return prefix + s + suffix }})
	}
	return hs
}

func firstN(n int) []int {
	var arr [8]int
	for i := range arr {
		arr[i] = i * i
	}
	return arr[:n]
}

type Visitor interface{ Visit(n int) bool }

type collector struct{ seen []int }

func (c *collector) Visit(n int) bool { c.seen = append(c.seen, n); return n < 5 }

func walk(v Visitor, xs []int) {
	for _, x := range xs {
		if !v.Visit(x) {
			return
		}
	}
}

func fib() func() int {
	var memo func(int) int
	cache := map[int]int{}
	memo = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := cache[n]; ok {
			return v
		}
		v := memo(n-1) + memo(n-2)
		cache[n] = v
		return v
	}
	i := 0
	return func() int { i++; return memo(i) }
}

func parallelSum(xs []int) int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	chunk := (len(xs) + 3) / 4
	for start := 0; start < len(xs); start += chunk {
		end := start + chunk
		if end > len(xs) {
			end = len(xs)
		}
		wg.Add(1)
		go func(part []int) {
			defer wg.Done()
			s := 0
			for _, x := range part {
				s += x
			}
			mu.Lock()
			total += s
			mu.Unlock()
		}(xs[start:end])
	}
	wg.Wait()
	return total
}

func deferLoop() (out []string) {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, fmt.Sprint("d", i)) }()
	}
	return nil
}

func main() {
	a := NewMatrix(2, 2)
	a.Set(0, 0, 1)
	a.Set(0, 1, 2)
	a.Set(1, 0, 3)
	a.Set(1, 1, 4)
	p := a.Mul(a)
	fmt.Println(p.data)
	for _, h := range makeHandlers(">") {
		fmt.Print(h.fn(h.name), " ")
	}
	fmt.Println()
	fmt.Println(firstN(4))
	c := &collector{}
	walk(c, []int{1, 3, 5, 7})
	fmt.Println(c.seen)
	next := fib()
	var fs []string
	for i := 0; i < 10; i++ {
		fs = append(fs, fmt.Sprint(next()))
	}
	fmt.Println(strings.Join(fs, ","))
	xs := make([]int, 100)
	for i := range xs {
		xs[i] = i
	}
	fmt.Println(parallelSum(xs))
	fmt.Println(deferLoop())
	visit := c.Visit
	visit(9)
	m := map[string][]int{"x": {3, 1, 2}}
	sort.Ints(m["x"])
	fmt.Println(c.seen, m)
}
