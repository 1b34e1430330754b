// A 2-D grid stored in one backing slice, with row slices carved out of
// it; transposition, row swapping and a flood fill over it.
package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	W, H  int
	cells []byte
	rows  [][]byte
}

func NewGrid(w, h int, fill byte) *Grid {
	g := &Grid{W: w, H: h, cells: make([]byte, w*h), rows: make([][]byte, h)}
	for i := range g.cells {
		g.cells[i] = fill
	}
	for y := 0; y < h; y++ {
		g.rows[y] = g.cells[y*w : (y+1)*w : (y+1)*w]
	}
	return g
}

func Parse(lines []string) *Grid {
	g := NewGrid(len(lines[0]), len(lines), '.')
	for y, l := range lines {
		copy(g.rows[y], l)
	}
	return g
}

func (g *Grid) String() string {
	var b strings.Builder
	b.Grow((g.W + 1) * g.H)
	for _, r := range g.rows {
		b.Write(r)
		b.WriteByte('\n')
	}
	return b.String()
}

func (g *Grid) Transpose() *Grid {
	t := NewGrid(g.H, g.W, ' ')
	for y := 0; y < g.H; y++ {
		for x := 0; x < g.W; x++ {
			t.rows[x][y] = g.rows[y][x]
		}
	}
	return t
}

type pt struct{ x, y int }

func (g *Grid) Fill(x, y int, c byte) int {
	old := g.rows[y][x]
	if old == c {
		return 0
	}
	stack := make([]pt, 0, 16)
	stack = append(stack, pt{x, y})
	n := 0
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if p.x < 0 || p.y < 0 || p.x >= g.W || p.y >= g.H || g.rows[p.y][p.x] != old {
			continue
		}
		g.rows[p.y][p.x] = c
		n++
		stack = append(stack, pt{p.x + 1, p.y}, pt{p.x - 1, p.y}, pt{p.x, p.y + 1}, pt{p.x, p.y - 1})
	}
	return n
}

func main() {
	g := Parse([]string{
		"#######",
		"#..#..#",
		"#..#..#",
		"####..#",
		"#.....#",
		"#######",
	})
	fmt.Print(g)
	fmt.Println(g.Fill(1, 1, 'a'), g.Fill(4, 1, 'b'), g.Fill(0, 0, '#'))
	fmt.Print(g)
	g.rows[0], g.rows[5] = g.rows[5], g.rows[0]
	g.rows[1][0] = '@'
	fmt.Println(string(g.cells[:g.W*2]))
	fmt.Print(g.Transpose())
	r := g.rows[2]
	r = append(r, '!') // full-slice expression: a copy, the next row is safe
	fmt.Println(string(r), string(g.rows[3]), len(g.cells))
}
