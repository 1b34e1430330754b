package main

import (
	"fmt"
	"sort"
	"strings"
)

type Cell struct {
	R, C int
}

type Board struct {
	w, h  int
	cells [][]byte
}

func NewBoard(rows ...string) *Board {
	b := &Board{h: len(rows), w: len(rows[0])}
	b.cells = make([][]byte, b.h)
	for i, r := range rows {
		b.cells[i] = []byte(r)
	}
	return b
}

func (b *Board) In(c Cell) bool { return c.R >= 0 && c.R < b.h && c.C >= 0 && c.C < b.w }
func (b *Board) At(c Cell) byte { return b.cells[c.R][c.C] }

var dirs = [4]Cell{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

func (b *Board) BFS(from, to Cell) (int, []Cell) {
	dist := map[Cell]int{from: 0}
	prev := map[Cell]Cell{}
	q := []Cell{from}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if cur == to {
			break
		}
		for _, d := range dirs {
			n := Cell{cur.R + d.R, cur.C + d.C}
			if !b.In(n) || b.At(n) == '#' {
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			dist[n] = dist[cur] + 1
			prev[n] = cur
			q = append(q, n)
		}
	}
	d, ok := dist[to]
	if !ok {
		return -1, nil
	}
	path := []Cell{to}
	for c := to; c != from; {
		c = prev[c]
		path = append(path, c)
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return d, path
}

func (b *Board) Render(path []Cell) string {
	cp := make([][]byte, len(b.cells))
	for i := range b.cells {
		cp[i] = append([]byte(nil), b.cells[i]...)
	}
	for _, c := range path {
		if cp[c.R][c.C] == '.' {
			cp[c.R][c.C] = '*'
		}
	}
	var sb strings.Builder
	for _, row := range cp {
		sb.Write(row)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func islands(grid [][]byte) int {
	seen := make([][]bool, len(grid))
	for i := range seen {
		seen[i] = make([]bool, len(grid[i]))
	}
	var fill func(r, c int)
	fill = func(r, c int) {
		if r < 0 || r >= len(grid) || c < 0 || c >= len(grid[r]) || seen[r][c] || grid[r][c] != '#' {
			return
		}
		seen[r][c] = true
		for _, d := range dirs {
			fill(r+d.R, c+d.C)
		}
	}
	n := 0
	for r := range grid {
		for c := range grid[r] {
			if grid[r][c] == '#' && !seen[r][c] {
				n++
				fill(r, c)
			}
		}
	}
	return n
}

func classify(n int) (s string) {
	switch {
	case n < 0:
		s = "neg"
		fallthrough
	case n == 0:
		s += "small"
	case n%2 == 0:
		s = "even"
		if n > 100 {
			break
		}
		s += "-ish"
	default:
		s = "odd"
	}
	return
}

func primes(limit int) []int {
	var out []int
outer:
	for n := 2; len(out) < limit; n++ {
		for _, p := range out {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue outer
			}
		}
		out = append(out, n)
	}
	return out
}

func gotoSum(xs []int) int {
	i, s := 0, 0
loop:
	if i >= len(xs) {
		goto done
	}
	s += xs[i]
	i++
	goto loop
done:
	return s
}

func main() {
	b := NewBoard(
		"S..#....",
		".#.#.##.",
		".#...#..",
		".####.#.",
		"......#E",
	)
	d, path := b.BFS(Cell{0, 0}, Cell{4, 7})
	fmt.Println("dist", d, "len", len(path))
	fmt.Print(b.Render(path))
	d2, p2 := b.BFS(Cell{0, 0}, Cell{1, 1})
	fmt.Println(d2, p2 == nil)
	fmt.Println("islands", islands(b.cells))
	for _, n := range []int{-3, 0, 4, 200, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(primes(15), gotoSum(primes(10)))
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := x * 10; x > 5 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy:", v)
		}
	}
	sl := arr[:]
	for i, v := range sl {
		sl[2] = 200
		if i == 2 {
			fmt.Println("range slice:", v)
		}
	}
	a := []int{1, 2, 3, 4, 5}
	b2 := a[1:3]
	b2 = append(b2, 99)
	fmt.Println(a, b2, len(b2), cap(b2))
	copy(a[1:], a)
	fmt.Println(a)
	cells := []Cell{{2, 1}, {1, 2}, {1, 1}, {0, 5}}
	sort.Slice(cells, func(i, j int) bool {
		if cells[i].R != cells[j].R {
			return cells[i].R < cells[j].R
		}
		return cells[i].C < cells[j].C
	})
	fmt.Println(cells)
	funcs := make([]func() int, 3)
	for i := range funcs {
		funcs[i] = func() int { return i * i }
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
