// Preallocating slices: make with length vs capacity, append growth
// printed by cap, and a filter that reuses the input's backing array.
package main

import "fmt"

func squaresAppend(n int) []int {
	var out []int
	caps := 0
	last := -1
	for i := 0; i < n; i++ {
		out = append(out, i*i)
		if cap(out) != last {
			caps++
			last = cap(out)
		}
	}
	fmt.Println("appends grew capacity", caps, "times, final cap", cap(out))
	return out
}

func squaresPrealloc(n int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, i*i)
	}
	return out
}

func squaresIndex(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i * i
	}
	return out
}

// filterInPlace keeps the even values, sharing xs's array.
func filterInPlace(xs []int) []int {
	kept := xs[:0]
	for _, x := range xs {
		if x%2 == 0 {
			kept = append(kept, x)
		}
	}
	return kept
}

func sumLocal() int {
	buf := make([]int, 0, 32)
	for i := 0; i < 32; i++ {
		buf = append(buf, i)
	}
	s := 0
	for _, v := range buf {
		s += v
	}
	return s
}

func main() {
	a := squaresAppend(100)
	b := squaresPrealloc(100)
	c := squaresIndex(100)
	fmt.Println(len(a), len(b), cap(b), len(c), a[99] == b[99] && b[99] == c[99])
	f := filterInPlace(c)
	fmt.Println(len(f), cap(f), &f[0] == &c[0], c[:6])
	fmt.Println(sumLocal())
	grid := make([][]byte, 4)
	cells := make([]byte, 4*6)
	for i := range grid {
		grid[i], cells = cells[:6:6], cells[6:]
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1] = append(grid[1], '#')
	grid[2][0] = '@'
	for _, r := range grid {
		fmt.Println(string(r))
	}
}
