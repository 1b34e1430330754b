// A text editor's gap buffer over []byte: inserts and deletes at a cursor
// move the gap, which grows by doubling; the text is rebuilt with a
// strings.Builder sized up front.
package main

import (
	"fmt"
	"strings"
)

type GapBuffer struct {
	data     []byte
	gapStart int
	gapEnd   int
	grows    int
}

func NewGapBuffer(initial int) *GapBuffer {
	return &GapBuffer{data: make([]byte, initial), gapEnd: initial}
}

func (g *GapBuffer) Len() int { return len(g.data) - (g.gapEnd - g.gapStart) }

func (g *GapBuffer) grow(need int) {
	size := len(g.data) * 2
	for size-g.Len() < need {
		size *= 2
	}
	nd := make([]byte, size)
	copy(nd, g.data[:g.gapStart])
	tail := len(g.data) - g.gapEnd
	copy(nd[size-tail:], g.data[g.gapEnd:])
	g.gapEnd = size - tail
	g.data = nd
	g.grows++
}

func (g *GapBuffer) MoveTo(pos int) {
	if pos < 0 {
		pos = 0
	}
	if pos > g.Len() {
		pos = g.Len()
	}
	switch {
	case pos < g.gapStart:
		n := g.gapStart - pos
		copy(g.data[g.gapEnd-n:g.gapEnd], g.data[pos:g.gapStart])
		g.gapStart -= n
		g.gapEnd -= n
	case pos > g.gapStart:
		n := pos - g.gapStart
		copy(g.data[g.gapStart:g.gapStart+n], g.data[g.gapEnd:g.gapEnd+n])
		g.gapStart += n
		g.gapEnd += n
	}
}

func (g *GapBuffer) Insert(s string) {
	if g.gapEnd-g.gapStart < len(s) {
		g.grow(len(s))
	}
	copy(g.data[g.gapStart:], s)
	g.gapStart += len(s)
}

func (g *GapBuffer) Delete(n int) int {
	if n > len(g.data)-g.gapEnd {
		n = len(g.data) - g.gapEnd
	}
	g.gapEnd += n
	return n
}

func (g *GapBuffer) Backspace(n int) int {
	if n > g.gapStart {
		n = g.gapStart
	}
	g.gapStart -= n
	return n
}

func (g *GapBuffer) String() string {
	var sb strings.Builder
	sb.Grow(g.Len())
	sb.Write(g.data[:g.gapStart])
	sb.Write(g.data[g.gapEnd:])
	return sb.String()
}

type op struct {
	kind byte
	pos  int
	text string
	n    int
}

func main() {
	g := NewGapBuffer(4)
	ops := []op{
		{'i', 0, "hello world", 0},
		{'i', 5, ",", 0},
		{'i', 100, "!", 0},
		{'d', 0, "", 1},
		{'i', 0, "H", 0},
		{'b', 7, "", 1},
		{'i', 6, " big", 0},
		{'d', 11, "", 6},
		{'i', 11, "gopher", 0},
		{'i', -3, ">> ", 0},
	}
	for _, o := range ops {
		g.MoveTo(o.pos)
		switch o.kind {
		case 'i':
			g.Insert(o.text)
		case 'd':
			g.Delete(o.n)
		case 'b':
			g.Backspace(o.n)
		}
		fmt.Printf("%c %3d -> %q (len %d, cap %d, gap %d)\n", o.kind, o.pos, g.String(), g.Len(), len(g.data), g.gapEnd-g.gapStart)
	}
	fmt.Println("grows:", g.grows)
	lines := strings.Repeat("line\n", 50)
	g.MoveTo(g.Len())
	g.Insert(lines)
	fmt.Println(g.Len(), strings.Count(g.String(), "\n"), g.grows)
}
