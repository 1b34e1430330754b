// Two puzzles with arrays as values: a Sudoku solver by backtracking over
// a [9][9]int8 grid passed by value at each guess (so undoing is free),
// with candidate bitmasks; and Conway's Game of Life on a torus, one
// goroutine per band of rows, double-buffered [][]bool grids.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Grid [9][9]int8

func parseGrid(s string) Grid {
	var g Grid
	s = strings.Join(strings.Fields(s), "")
	for i := 0; i < 81; i++ {
		if c := s[i]; c >= '1' && c <= '9' {
			g[i/9][i%9] = int8(c - '0')
		}
	}
	return g
}

func (g *Grid) candidates(r, c int) uint16 {
	var used uint16
	for i := 0; i < 9; i++ {
		used |= 1 << g[r][i]
		used |= 1 << g[i][c]
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			used |= 1 << g[i][j]
		}
	}
	return ^used & 0x3fe
}

func popcount(x uint16) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

var guesses int

func solve(g Grid) (Grid, bool) {
	bestR, bestC, bestN := -1, -1, 10
	var bestMask uint16
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			m := g.candidates(r, c)
			if n := popcount(m); n < bestN {
				bestR, bestC, bestN, bestMask = r, c, n, m
			}
		}
	}
	if bestR < 0 {
		return g, true
	}
	for d := int8(1); d <= 9; d++ {
		if bestMask&(1<<d) == 0 {
			continue
		}
		guesses++
		next := g // a copy: the array is a value
		next[bestR][bestC] = d
		if sol, ok := solve(next); ok {
			return sol, true
		}
	}
	return g, false
}

func (g Grid) String() string {
	var b strings.Builder
	for r := 0; r < 9; r++ {
		if r%3 == 0 && r > 0 {
			b.WriteString("------+-------+------\n")
		}
		for c := 0; c < 9; c++ {
			if c%3 == 0 && c > 0 {
				b.WriteString("| ")
			}
			fmt.Fprintf(&b, "%d ", g[r][c])
		}
		b.WriteString("\n")
	}
	return b.String()
}

type Life struct {
	w, h      int
	cur, next [][]bool
}

func NewLife(w, h int, alive [][2]int) *Life {
	l := &Life{w: w, h: h}
	l.cur, l.next = make([][]bool, h), make([][]bool, h)
	for y := 0; y < h; y++ {
		l.cur[y], l.next[y] = make([]bool, w), make([]bool, w)
	}
	for _, p := range alive {
		l.cur[p[1]][p[0]] = true
	}
	return l
}

func (l *Life) neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && l.cur[(y+dy+l.h)%l.h][(x+dx+l.w)%l.w] {
				n++
			}
		}
	}
	return n
}

func (l *Life) Step(bands int) {
	var wg sync.WaitGroup
	per := (l.h + bands - 1) / bands
	for b := 0; b < bands; b++ {
		lo, hi := b*per, (b+1)*per
		if hi > l.h {
			hi = l.h
		}
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for y := lo; y < hi; y++ {
				for x := 0; x < l.w; x++ {
					n := l.neighbours(x, y)
					l.next[y][x] = n == 3 || (n == 2 && l.cur[y][x])
				}
			}
		}(lo, hi)
	}
	wg.Wait()
	l.cur, l.next = l.next, l.cur
}

func (l *Life) String() string {
	var b strings.Builder
	for _, row := range l.cur {
		for _, c := range row {
			if c {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func (l *Life) Population() int {
	n := 0
	for _, row := range l.cur {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	puzzle := parseGrid(`
		53..7.... 6..195... .98....6.
		8...6...3 4..8.3..1 7...2...6
		.6....28. ...419..5 ....8..79`)
	sol, ok := solve(puzzle)
	fmt.Println("solved:", ok, "guesses:", guesses)
	fmt.Print(sol)
	fmt.Println("puzzle unchanged:", puzzle[0][2] == 0, "candidates at (0,2):", fmt.Sprintf("%09b", puzzle.candidates(0, 2)>>1))
	var empty Grid
	_, ok = solve(empty)
	fmt.Println("empty grid solvable:", ok)
	bad := puzzle
	bad[0][2] = 5
	_, ok = solve(bad)
	fmt.Println("contradiction solvable:", ok)

	glider := NewLife(8, 6, [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}})
	for gen := 0; gen < 4; gen++ {
		glider.Step(3)
	}
	fmt.Print(glider, "population: ", glider.Population(), "\n")
	blinker := NewLife(5, 5, [][2]int{{1, 2}, {2, 2}, {3, 2}})
	blinker.Step(2)
	fmt.Print(blinker)
	blinker.Step(5)
	fmt.Println(blinker.Population(), blinker.cur[2][1], blinker.cur[1][2])
}
