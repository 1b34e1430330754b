package main

import "fmt"

// parseNumber recognizes [-+]?digits(.digits)?([eE][-+]?digits)? with goto states.
func parseNumber(s string) (kind string, ok bool) {
	i := 0
	next := func() byte {
		if i < len(s) {
			c := s[i]
			i++
			return c
		}
		i++
		return 0
	}
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	var c byte
start:
	c = next()
	if c == '+' || c == '-' {
		c = next()
	}
	if !isDigit(c) {
		goto fail
	}
	kind = "int"
intPart:
	c = next()
	if isDigit(c) {
		goto intPart
	}
	if c == '.' {
		kind = "float"
		if c = next(); !isDigit(c) {
			goto fail
		}
		goto fracPart
	}
	goto expCheck
fracPart:
	c = next()
	if isDigit(c) {
		goto fracPart
	}
expCheck:
	if c == 'e' || c == 'E' {
		kind = "exp"
		c = next()
		if c == '+' || c == '-' {
			c = next()
		}
		if !isDigit(c) {
			goto fail
		}
		for c = next(); isDigit(c); c = next() {
		}
	}
	if c != 0 || i != len(s)+1 {
		goto fail
	}
	return kind, true
fail:
	if false {
		goto start
	}
	return "", false
}

func findPair(grid [][]int, target int) (int, int, bool) {
	count := 0
outer:
	for r, row := range grid {
		for c, v := range row {
			count++
			switch {
			case v < 0:
				continue outer
			case v == target:
				fmt.Println("visited", count)
				return r, c, true
			case v > 100:
				break outer
			}
		}
	}
	fmt.Println("visited", count)
	return -1, -1, false
}

func main() {
	for _, s := range []string{"42", "-7", "3.14", "+1e10", "2.5E-3", "1.", ".5", "1e", "12a", "", "-", "007"} {
		k, ok := parseNumber(s)
		fmt.Printf("%-8q %-6s %v\n", s, k, ok)
	}
	grid := [][]int{{1, 2, -1, 9}, {4, 5, 6}, {-3, 9}, {7, 8, 9}}
	fmt.Println(findPair(grid, 9))
	fmt.Println(findPair(grid, 8))
	fmt.Println(findPair([][]int{{1, 200, 3}, {3}}, 3))
	i := 0
retry:
	i++
	if i < 3 {
		fmt.Println("retry", i)
		goto retry
	}
	fmt.Println("done after", i)
}
