package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	var ri, ci int
	found := false
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				ri, ci, found = i, j, true
				break outer
			}
		}
	}
	return ri, ci, found
}

func primes(limit int) []int {
	var ps []int
next:
	for n := 2; len(ps) < limit; n++ {
		for _, p := range ps {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue next
			}
		}
		ps = append(ps, n)
	}
	return ps
}

func spiral(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	top, bot, left, right := 0, n-1, 0, n-1
	k := 1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			m[top][j] = k
			k++
		}
		top++
		for i := top; i <= bot; i++ {
			m[i][right] = k
			k++
		}
		right--
		if top <= bot {
			for j := right; j >= left; j-- {
				m[bot][j] = k
				k++
			}
			bot--
		}
		if left <= right {
			for i := bot; i >= top; i-- {
				m[i][left] = k
				k++
			}
			left++
		}
	}
	return m
}

func collatz(n int) (steps int) {
	for ; n != 1; steps++ {
		switch {
		case n%2 == 0:
			n /= 2
		default:
			n = 3*n + 1
		}
	}
	return
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}, {6, 6, 6}}
	for _, t := range []int{6, 8, 5, 4} {
		i, j, ok := findPair(grid, t)
		fmt.Printf("find %d: (%d,%d) %t\n", t, i, j, ok)
	}
	fmt.Println(primes(15))
	for _, row := range spiral(5) {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
	best, arg := 0, 0
	for i := 1; i < 30; i++ {
		if s := collatz(i); s > best {
			best, arg = s, i
		}
	}
	fmt.Println("longest collatz under 30:", arg, best)
	count := 0
loop:
	for i := 0; ; i++ {
		switch {
		case i%7 == 0 && i > 0:
			break loop
		case i%2 == 0:
			continue
		}
		count += i
	}
	fmt.Println("count", count)
	var arr [3][4]int
	for i := range arr {
		for j := range arr[i] {
			arr[i][j] = i * j
		}
	}
	fmt.Println(arr, len(arr[0]))
	sum := 0
	for _, r := range arr {
		r[0] = 100
		for _, v := range r {
			sum += v
		}
	}
	fmt.Println(sum, arr[0][0])
	i := 0
	for i < 5 {
		i += 2
	}
	fmt.Println(i)
}
