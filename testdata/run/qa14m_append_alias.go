// Append aliasing: appends that share a backing array, full slice
// expressions forcing copies, and slices of a buffer kept after reuse.
package main

import "fmt"

func split(buf []int) (a, b []int) {
	a = buf[:2]
	b = buf[2:4]
	return
}

func grow(s []int, vs ...int) []int { return append(s, vs...) }

func tokens(line []byte) [][]byte {
	var out [][]byte
	start := 0
	for i := 0; i <= len(line); i++ {
		if i == len(line) || line[i] == ' ' {
			if i > start {
				out = append(out, line[start:i:i])
			}
			start = i + 1
		}
	}
	return out
}

func main() {
	base := make([]int, 4, 8)
	for i := range base {
		base[i] = i + 1
	}
	a, b := split(base)
	a = append(a, 99) // writes into base[2]: b sees it
	fmt.Println(a, b, base)

	c := base[:2:2]
	c = append(c, 77) // cap exhausted: copies
	fmt.Println(c, base[:4])

	x := grow(base, 5)
	y := grow(base, 6) // same backing array: x[4] becomes 6
	fmt.Println(x, y, len(base), cap(base))

	buf := []byte("alpha beta gamma")
	toks := tokens(buf)
	copy(buf, "ALPHA")
	toks[1] = append(toks[1], '!') // cap == len: a fresh array, buf untouched
	fmt.Printf("%s|%s|%s|%s\n", toks[0], toks[1], toks[2], buf)

	var grid [][]int
	row := make([]int, 3)
	for i := 0; i < 3; i++ {
		row[0] = i
		grid = append(grid, row) // all rows share one array
	}
	fmt.Println(grid)
	grid = grid[:0]
	for i := 0; i < 3; i++ {
		r := append([]int(nil), row...)
		r[0] = i
		grid = append(grid, r)
	}
	fmt.Println(grid)
	var s []int
	prev := -1
	changes := 0
	for i := 0; i < 100; i++ {
		s = append(s, i)
		if cap(s) != prev {
			prev = cap(s)
			changes++
		}
	}
	fmt.Println(len(s), changes > 5)
}
