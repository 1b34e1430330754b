package main

import "fmt"

func findPair(nums []int, target int) (int, int, bool) {
outer:
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			switch s := nums[i] + nums[j]; {
			case s == target:
				return i, j, true
			case s > target && nums[j] > 0:
				continue outer
			}
		}
	}
	return -1, -1, false
}

func floodCount(grid [][]byte) int {
	h, w := len(grid), len(grid[0])
	seen := make([][]bool, h)
	for i := range seen {
		seen[i] = make([]bool, w)
	}
	regions := 0
	stack := make([][2]int, 0, h*w)
	for r := 0; r < h; r++ {
		for c := 0; c < w; c++ {
			if grid[r][c] != '#' || seen[r][c] {
				continue
			}
			regions++
			stack = append(stack[:0], [2]int{r, c})
			seen[r][c] = true
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					nr, nc := p[0]+d[0], p[1]+d[1]
					if nr < 0 || nc < 0 || nr >= h || nc >= w || seen[nr][nc] || grid[nr][nc] != '#' {
						continue
					}
					seen[nr][nc] = true
					stack = append(stack, [2]int{nr, nc})
				}
			}
		}
	}
	return regions
}

func gcdGoto(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func firstDup(rows [][]int) (r, c int) {
	r, c = -1, -1
	seen := map[int]bool{}
search:
	for i, row := range rows {
		for j, v := range row {
			if v < 0 {
				continue search
			}
			if seen[v] {
				r, c = i, j
				break search
			}
			seen[v] = true
		}
	}
	return
}

func collatzSteps(n int) (steps int) {
	for {
		switch {
		case n == 1:
			return
		case n%2 == 0:
			n /= 2
		default:
			n = 3*n + 1
		}
		steps++
	}
}

func main() {
	fmt.Println(findPair([]int{1, 4, 6, 9, 11}, 15))
	fmt.Println(findPair([]int{2, 3}, 100))
	grid := [][]byte{
		[]byte("##..#"),
		[]byte("#...#"),
		[]byte("..#.."),
		[]byte("####."),
	}
	fmt.Println("regions", floodCount(grid))
	fmt.Println(gcdGoto(84, 36), gcdGoto(17, 5), gcdGoto(0, 9))
	fmt.Println(firstDup([][]int{{1, 2, -1, 2}, {3, 4}, {5, 3, 9}}))
	fmt.Println(firstDup([][]int{{1}, {2}}))
	best, arg := 0, 0
	for n := 1; n < 30; n++ {
		if s := collatzSteps(n); s > best {
			best, arg = s, n
		}
	}
	fmt.Println("collatz", arg, best)
	i := 0
	var out []int
next:
	i++
	if i%3 == 0 {
		goto next
	}
	if i < 12 {
		out = append(out, i)
		goto next
	}
	fmt.Println(out)
}
