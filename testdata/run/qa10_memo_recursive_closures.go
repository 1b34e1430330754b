// Recursive closures declared with var f func(...), memoised with a map
// captured by reference, and a closure that returns itself for chaining.
package main

import (
	"fmt"
	"strings"
)

func memoFib() (func(int) int, *int) {
	memo := map[int]int{}
	calls := 0
	var fib func(int) int
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	return fib, &calls
}

func paths(grid []string) int {
	h, w := len(grid), len(grid[0])
	memo := make([][]int, h)
	for i := range memo {
		memo[i] = make([]int, w)
		for j := range memo[i] {
			memo[i][j] = -1
		}
	}
	var count func(r, c int) int
	count = func(r, c int) int {
		if r >= h || c >= w || grid[r][c] == '#' {
			return 0
		}
		if r == h-1 && c == w-1 {
			return 1
		}
		if memo[r][c] >= 0 {
			return memo[r][c]
		}
		memo[r][c] = count(r+1, c) + count(r, c+1)
		return memo[r][c]
	}
	return count(0, 0)
}

type chain func(string) chain

func collector(out *[]string) chain {
	var c chain
	c = func(s string) chain {
		*out = append(*out, strings.ToUpper(s))
		return c
	}
	return c
}

func main() {
	fib, calls := memoFib()
	fmt.Println(fib(40), *calls)
	fmt.Println(fib(41), *calls)
	fmt.Println(paths([]string{
		"....",
		".#..",
		"...#",
		"#...",
	}))
	var got []string
	collector(&got)("a")("b")("c")
	fmt.Println(got)
	var walk func(n int, acc []int) []int
	walk = func(n int, acc []int) []int {
		if n == 0 {
			return acc
		}
		return walk(n/2, append(acc, n%2))
	}
	fmt.Println(walk(37, nil))
}
