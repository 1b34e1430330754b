package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	cells [8][8]byte
	name  string
}

func (g Grid) Count(b byte) int {
	n := 0
	for _, row := range g.cells {
		for _, c := range row {
			if c == b {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Set(r, c int, b byte) { g.cells[r][c] = b }

func makeCounters() (inc func(string), report func() string) {
	var counts [20]int
	var names []string
	index := map[string]int{}
	inc = func(s string) {
		i, ok := index[s]
		if !ok {
			i = len(names)
			index[s] = i
			names = append(names, s)
		}
		counts[i]++
	}
	report = func() string {
		parts := make([]string, len(names))
		for i, n := range names {
			parts[i] = fmt.Sprintf("%s:%d", n, counts[i])
		}
		return strings.Join(parts, " ")
	}
	return
}

func bigCapture() func(int) int {
	var table [64]int
	for i := range table {
		table[i] = i * i
	}
	return func(i int) int { return table[i%64] }
}

func smallCapture() func() int {
	x, y := 3, 4
	return func() int { return x*x + y*y }
}

func mutate() int {
	total := 0
	add := func(n int) { total += n }
	for i := 1; i <= 10; i++ {
		add(i)
	}
	return total
}

func main() {
	var g Grid
	g.name = "board"
	for i := 0; i < 8; i++ {
		g.Set(i, i, 'x')
		g.Set(i, 7-i, 'o')
	}
	count := g.Count
	g.Set(0, 1, 'x')
	fmt.Println(count('x'), g.Count('x'), count('o'))
	setter := g.Set
	setter(1, 0, 'o')
	fmt.Println(g.Count('o'))
	inc, report := makeCounters()
	for _, w := range strings.Fields("a b a c a b") {
		inc(w)
	}
	fmt.Println(report())
	sq := bigCapture()
	fmt.Println(sq(5), sq(70), smallCapture()(), mutate())
	fns := make([]func() int, 3)
	for i := range fns {
		j := i * 10
		fns[i] = func() int { j++; return j }
	}
	fmt.Println(fns[0](), fns[0](), fns[2]())
	var big [50]float64
	for i := range big {
		big[i] = float64(i) / 2
	}
	sum := func() (s float64) {
		for _, v := range big {
			s += v
		}
		return
	}
	big[49] = 1000
	fmt.Println(sum())
}
