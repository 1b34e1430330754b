package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	g := &Grid{w: w, h: h, cells: make([][]bool, h)}
	for i := range g.cells {
		g.cells[i] = make([]bool, w)
	}
	return g
}

func (g *Grid) Alive(x, y int) bool {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return g.cells[y][x]
}

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	ng := NewGrid(g.w, g.h)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbors(x, y)
			ng.cells[y][x] = n == 3 || n == 2 && g.Alive(x, y)
		}
	}
	return ng
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	g := NewGrid(8, 6)
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}} {
		g.cells[p[1]][p[0]] = true
	}
	for i := 0; i < 4; i++ {
		g = g.Step()
	}
	fmt.Print(g)
	for i := 0; i < 100; i++ {
		g = g.Step()
	}
	alive := 0
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			if g.Alive(x, y) {
				alive++
			}
		}
	}
	fmt.Println("alive after 104:", alive)
}
