package main

import "fmt"

type Grid [][]byte

func parseGrid(rows ...string) Grid {
	g := make(Grid, len(rows))
	for i, r := range rows {
		g[i] = []byte(r)
	}
	return g
}

// findWord searches the grid in 8 directions using labeled loops.
func findWord(g Grid, word string) (r, c, dr, dc int, ok bool) {
	dirs := [8][2]int{{0, 1}, {1, 0}, {1, 1}, {-1, 1}, {0, -1}, {-1, 0}, {-1, -1}, {1, -1}}
rows:
	for r = 0; r < len(g); r++ {
	cols:
		for c = 0; c < len(g[r]); c++ {
			if g[r][c] != word[0] {
				continue cols
			}
		dir:
			for _, d := range dirs {
				for k := 1; k < len(word); k++ {
					rr, cc := r+d[0]*k, c+d[1]*k
					if rr < 0 || rr >= len(g) || cc < 0 || cc >= len(g[rr]) {
						continue dir
					}
					if g[rr][cc] != word[k] {
						continue dir
					}
				}
				dr, dc, ok = d[0], d[1], true
				break rows
			}
		}
	}
	return
}

func firstDuplicate(xs []int) (int, int) {
	i := 0
loop:
	if i >= len(xs) {
		goto none
	}
	for j := 0; j < i; j++ {
		if xs[j] == xs[i] {
			return j, i
		}
	}
	i++
	goto loop
none:
	return -1, -1
}

func collatzLimit(n, limit int) (steps int, capped bool) {
	for n != 1 {
		switch {
		case steps >= limit:
			capped = true
			goto done
		case n%2 == 0:
			n /= 2
		default:
			n = 3*n + 1
		}
		steps++
	}
done:
	return
}

func tokens(s string) []string {
	var out []string
	i := 0
outer:
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ':
			i++
			continue outer
		case c == '#':
			break outer
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			out = append(out, "NUM:"+s[i:j])
			i = j
		default:
			out = append(out, "SYM:"+string(c))
			i++
		}
	}
	return out
}

func main() {
	g := parseGrid(
		"GOLANGX",
		"XOXXXXB",
		"XXPXXUX",
		"XXXHXGX",
		"DEFERXX",
	)
	for _, w := range []string{"GOLANG", "GOPH", "DEFER", "BUG", "RUST", "GXD"} {
		r, c, dr, dc, ok := findWord(g, w)
		fmt.Printf("%-6s found=%v at (%d,%d) dir (%d,%d)\n", w, ok, r, c, dr, dc)
	}
	fmt.Println(firstDuplicate([]int{3, 1, 4, 1, 5, 9, 2, 6, 5}))
	fmt.Println(firstDuplicate([]int{1, 2, 3}))
	for _, n := range []int{6, 27, 97} {
		s, capped := collatzLimit(n, 100)
		fmt.Printf("collatz(%d): %d capped=%v\n", n, s, capped)
	}
	fmt.Println(tokens("12 + 345*(6 - 78) # comment 9"))

	count := 0
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				break
			}
			if (i+j)%3 == 0 {
				continue
			}
			count++
		}
	}
	fmt.Println("count", count)

	var matrix [4][4]int
	k := 0
fill:
	for i := range matrix {
		for j := range matrix[i] {
			if k == 13 {
				break fill
			}
			matrix[i][j] = k
			k++
		}
	}
	fmt.Println(matrix)

	sw := 0
	for _, v := range []int{1, 2, 3, 4, 5} {
	sel:
		switch {
		case v%2 == 0:
			for x := 0; x < 10; x++ {
				if x == v {
					break sel
				}
				sw++
			}
		default:
			sw += 100
		}
	}
	fmt.Println("sw", sw)
}
