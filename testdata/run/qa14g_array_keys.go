package main

import (
	"fmt"
	"sort"
)

type Vec3 [3]int

func (v Vec3) Add(o Vec3) Vec3 {
	for i := range v {
		v[i] += o[i]
	}
	return v
}

func (v *Vec3) Scale(k int) {
	for i := range v {
		v[i] *= k
	}
}

type Board [3][3]byte

func (b Board) Winner() byte {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != '.' && a == b2 && b2 == c {
			return a
		}
	}
	return '.'
}

// countGames counts reachable final positions by minimal exploration with memo keyed by array value.
func countGames(b Board, turn byte, memo map[Board]int) int {
	if v, ok := memo[b]; ok {
		return v
	}
	if b.Winner() != '.' {
		memo[b] = 1
		return 1
	}
	total, moved := 0, false
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			if b[r][c] == '.' {
				nb := b
				nb[r][c] = turn
				next := byte('O')
				if turn == 'O' {
					next = 'X'
				}
				total += countGames(nb, next, memo)
				moved = true
			}
		}
	}
	if !moved {
		total = 1
	}
	memo[b] = total
	return total
}

type key struct {
	name string
	pos  [2]int
}

func main() {
	a := Vec3{1, 2, 3}
	b := a
	b[0] = 100
	c := a.Add(b)
	a.Scale(2)
	fmt.Println(a, b, c, a == Vec3{2, 4, 6}, a != b)
	pa := &a
	pa.Scale(-1)
	fmt.Println(*pa, len(pa), cap(pa[1:]))

	arrs := [][4]int{{3, 1}, {1, 2, 3}, {3, 0, 1}, {1, 2}}
	sort.Slice(arrs, func(i, j int) bool {
		x, y := arrs[i], arrs[j]
		for k := range x {
			if x[k] != y[k] {
				return x[k] < y[k]
			}
		}
		return false
	})
	fmt.Println(arrs)

	seen := map[[2]int]string{}
	seen[[2]int{0, 0}] = "origin"
	seen[[...]int{1, -1}] = "diag"
	fmt.Println(seen[[2]int{1, -1}], len(seen), seen[[2]int{}])
	visits := map[key]int{}
	for _, p := range [][2]int{{0, 0}, {1, 1}, {0, 0}} {
		visits[key{"bot", p}]++
	}
	fmt.Println(visits[key{"bot", [2]int{0, 0}}], len(visits))

	var empty Board
	for i := range empty {
		for j := range empty[i] {
			empty[i][j] = '.'
		}
	}
	memo := map[Board]int{}
	fmt.Println("games:", countGames(empty, 'X', memo), "positions:", len(memo))
	w := Board{{'X', 'O', 'X'}, {'O', 'X', 'O'}, {'.', '.', 'X'}}
	fmt.Printf("winner %c\n", w.Winner())
	grid := [2][3]string{{"a", "b", "c"}, {"d", "e", "f"}}
	g2 := grid
	g2[1][2] = "Z"
	fmt.Println(grid, g2, grid == g2)
	fmt.Printf("%v %d %q\n", [0]int{}, [2]bool{true}, [2]string{"x"})
	var iface interface{} = Vec3{1, 1, 1}
	fmt.Println(iface == Vec3{1, 1, 1}, iface == [3]int{1, 1, 1})
}
