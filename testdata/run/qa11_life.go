package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells []bool
}

func NewGrid(w, h int) *Grid { return &Grid{w: w, h: h, cells: make([]bool, w*h)} }

func (g *Grid) idx(x, y int) int {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return y*g.w + x
}

func (g *Grid) Alive(x, y int) bool   { return g.cells[g.idx(x, y)] }
func (g *Grid) Set(x, y int, v bool)  { g.cells[g.idx(x, y)] = v }

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

type Life struct {
	cur, next *Grid
	gen       int
	history   map[string]int
}

func NewLife(w, h int, pattern []string, ox, oy int) *Life {
	l := &Life{cur: NewGrid(w, h), next: NewGrid(w, h), history: map[string]int{}}
	for y, row := range pattern {
		for x, c := range row {
			if c == '#' {
				l.cur.Set(ox+x, oy+y, true)
			}
		}
	}
	return l
}

func (l *Life) Step() {
	for y := 0; y < l.cur.h; y++ {
		for x := 0; x < l.cur.w; x++ {
			n := l.cur.Neighbors(x, y)
			alive := l.cur.Alive(x, y)
			l.next.Set(x, y, n == 3 || (alive && n == 2))
		}
	}
	l.cur, l.next = l.next, l.cur
	l.gen++
}

func (l *Life) Population() int {
	n := 0
	for _, c := range l.cur.cells {
		if c {
			n++
		}
	}
	return n
}

func (l *Life) String() string {
	var b strings.Builder
	b.Grow((l.cur.w + 1) * l.cur.h)
	for y := 0; y < l.cur.h; y++ {
		for x := 0; x < l.cur.w; x++ {
			if l.cur.Alive(x, y) {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func (l *Life) RunUntilCycle(max int) (int, int) {
	for i := 0; i < max; i++ {
		key := l.String()
		if prev, ok := l.history[key]; ok {
			return prev, l.gen - prev
		}
		l.history[key] = l.gen
		l.Step()
	}
	return -1, 0
}

func main() {
	glider := []string{".#.", "..#", "###"}
	l := NewLife(8, 6, glider, 1, 1)
	fmt.Print(l)
	for i := 0; i < 4; i++ {
		l.Step()
	}
	fmt.Printf("gen %d pop %d\n%s", l.gen, l.Population(), l)
	blinker := NewLife(5, 5, []string{"###"}, 1, 2)
	start, period := blinker.RunUntilCycle(10)
	fmt.Println("blinker cycle from", start, "period", period)
	g2 := NewLife(6, 6, glider, 0, 0)
	start, period = g2.RunUntilCycle(100)
	fmt.Println("glider on torus: cycle from", start, "period", period, "states", len(g2.history))
	rp := NewLife(16, 16, []string{".##", "##.", ".#."}, 6, 6)
	pops := make([]int, 0, 30)
	for i := 0; i < 30; i++ {
		pops = append(pops, rp.Population())
		rp.Step()
	}
	fmt.Println(pops)
}
