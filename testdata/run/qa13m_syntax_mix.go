// A text adventure's inventory and map code, using the rarer corners of
// the language: labels and goto, fallthrough, indexed array literals,
// anonymous structs, embedded pointers, struct conversions and iota.
package main

import (
	"fmt"
	"strings"
)

type Dir uint8

const (
	North Dir = 1 << iota
	East
	South
	West
	_
	Up
	Down = Up << 1
)

var dirNames = [...]string{North: "n", East: "e", South: "s", West: "w", Up: "u", Down: "d"}

type Room struct {
	Name  string
	Exits Dir
	Items []string
}

type Base struct {
	ID   int
	Tags []string
}

func (b *Base) Tag(t string) { b.Tags = append(b.Tags, t) }
func (b Base) HasTag(t string) bool {
	for _, x := range b.Tags {
		if x == t {
			return true
		}
	}
	return false
}

type Item struct {
	*Base
	Name   string
	Weight int
}

type itemView struct {
	*Base
	Name   string
	Weight int
}

func exits(d Dir) string {
	var sb strings.Builder
	for bit := North; bit <= Down; bit <<= 1 {
		if d&bit != 0 && int(bit) < len(dirNames) && dirNames[bit] != "" {
			sb.WriteString(dirNames[bit])
		}
	}
	return sb.String()
}

func classify(w int) string {
	s := ""
	switch {
	case w > 50:
		s += "heavy "
		fallthrough
	case w > 10:
		s += "bulky "
		fallthrough
	case w > 0:
		s += "item"
	default:
		s = "weightless"
	}
	return s
}

func findPath(grid [][]byte, start [2]int) (steps int, found bool) {
	seen := map[[2]int]bool{start: true}
	frontier := [][2]int{start}
	moves := [...][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
search:
	for len(frontier) > 0 {
		var next [][2]int
		for _, p := range frontier {
			if grid[p[0]][p[1]] == '$' {
				found = true
				break search
			}
			for _, m := range moves {
				q := [2]int{p[0] + m[0], p[1] + m[1]}
				if q[0] < 0 || q[1] < 0 || q[0] >= len(grid) || q[1] >= len(grid[q[0]]) {
					continue
				}
				if grid[q[0]][q[1]] == '#' || seen[q] {
					continue
				}
				seen[q] = true
				next = append(next, q)
			}
		}
		frontier = next
		steps++
	}
	return
}

func countdown(n int) []int {
	var out []int
loop:
	if n > 0 {
		out = append(out, n)
		n -= 3
		goto loop
	}
	return out
}

func main() {
	rooms := []Room{
		{"hall", North | East, []string{"lamp"}},
		{"cellar", Up | West | Down, nil},
		{Name: "attic", Exits: Down | South},
	}
	for _, r := range rooms {
		fmt.Printf("%-7s exits=%-4s bits=%06b items=%v\n", r.Name, exits(r.Exits), r.Exits, r.Items)
	}
	it := Item{Base: &Base{ID: 1}, Name: "sword", Weight: 12}
	it.Tag("sharp")
	it.Tag("metal")
	v := itemView(it)
	v.Base.Tag("copied")
	fmt.Println(it.HasTag("copied"), len(it.Tags), v.Name)
	for _, w := range []int{0, 5, 20, 80} {
		fmt.Printf("%d:%s ", w, classify(w))
	}
	fmt.Println()
	grid := [][]byte{
		[]byte("..#...."),
		[]byte(".##.##."),
		[]byte("....#$."),
	}
	fmt.Println(findPath(grid, [2]int{0, 0}))
	fmt.Println(countdown(10))
	cfg := struct {
		Name  string
		Limit int
		Inner struct{ On bool }
	}{Name: "cfg", Limit: 3}
	cfg.Inner.On = true
	fmt.Printf("%+v\n", cfg)
	sparse := [...]int{2: 20, 5: 50, 60, 1: 10}
	fmt.Println(len(sparse), sparse)
	var mask Dir = 0xff
	mask &^= East | Up
	fmt.Printf("%08b %v\n", mask, mask&South != 0)
}
