package main

import (
	"fmt"
	"strings"
)

func permutations(xs []int) [][]int {
	var out [][]int
	var rec func(k int)
	rec = func(k int) {
		if k == len(xs) {
			out = append(out, append([]int(nil), xs...))
			return
		}
		for i := k; i < len(xs); i++ {
			xs[k], xs[i] = xs[i], xs[k]
			rec(k + 1)
			xs[k], xs[i] = xs[i], xs[k]
		}
	}
	rec(0)
	return out
}

func nQueens(n int) (int, []string) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	count := 0
	var first []string
	var place func(r int)
	place = func(r int) {
		if r == n {
			count++
			if first == nil {
				for _, c := range pos {
					first = append(first, strings.Repeat(".", c)+"Q"+strings.Repeat(".", n-c-1))
				}
			}
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			pos[r] = c
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return count, first
}

type Sudoku [9][9]int8

func (s *Sudoku) ok(r, c int, v int8) bool {
	for i := 0; i < 9; i++ {
		if s[r][i] == v || s[i][c] == v || s[r/3*3+i/3][c/3*3+i%3] == v {
			return false
		}
	}
	return true
}

func (s *Sudoku) Solve() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if s[r][c] != 0 {
				continue
			}
			for v := int8(1); v <= 9; v++ {
				if s.ok(r, c, v) {
					s[r][c] = v
					if s.Solve() {
						return true
					}
					s[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (s Sudoku) String() string {
	var sb strings.Builder
	for r, row := range s {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d ", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func subsetsSum(nums []int, target int) [][]int {
	var res [][]int
	var cur []int
	var dfs func(i, sum int)
	dfs = func(i, sum int) {
		if sum == target {
			res = append(res, append([]int{}, cur...))
		}
		for j := i; j < len(nums); j++ {
			if sum+nums[j] > target {
				continue
			}
			cur = append(cur, nums[j])
			dfs(j+1, sum+nums[j])
			cur = cur[:len(cur)-1]
		}
	}
	dfs(0, 0)
	return res
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func main() {
	ps := permutations([]int{1, 2, 3})
	fmt.Println(len(ps), ps)
	for _, n := range []int{4, 6, 8} {
		c, b := nQueens(n)
		fmt.Println(n, c, b[:2])
	}
	puzzle := "530070000600195000098000060800060003400803001700020006060000280000419005000080079"
	var s Sudoku
	for i, ch := range puzzle {
		s[i/9][i%9] = int8(ch - '0')
	}
	fmt.Println(s.Solve())
	fmt.Print(s)
	fmt.Println(subsetsSum([]int{2, 3, 5, 7, 8, 10}, 15))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves[:7], " "))
}
