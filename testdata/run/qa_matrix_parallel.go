package main

import (
	"fmt"
	"sync"
)

func parallelSum(data []int, parts int) int {
	sums := make([]int, parts)
	var wg sync.WaitGroup
	chunk := (len(data) + parts - 1) / parts
	for p := 0; p < parts; p++ {
		lo := p * chunk
		hi := lo + chunk
		if hi > len(data) {
			hi = len(data)
		}
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func(p int, part []int) {
			defer wg.Done()
			for _, v := range part {
				sums[p] += v
			}
		}(p, data[lo:hi])
	}
	wg.Wait()
	t := 0
	for _, s := range sums {
		t += s
	}
	return t
}

func mulRows(a, b [][]float64) [][]float64 {
	n, m, k := len(a), len(b[0]), len(b)
	c := make([][]float64, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		c[i] = make([]float64, m)
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < m; j++ {
				for x := 0; x < k; x++ {
					c[i][j] += a[i][x] * b[x][j]
				}
			}
		}(i)
	}
	wg.Wait()
	return c
}

func main() {
	data := make([]int, 100000)
	for i := range data {
		data[i] = i % 1000
	}
	for _, p := range []int{1, 3, 7, 16} {
		fmt.Println(p, parallelSum(data, p))
	}
	a := [][]float64{{1, 2, 3}, {4, 5, 6}}
	b := [][]float64{{7, 8}, {9, 10}, {11, 12}}
	fmt.Println(mulRows(a, b))
}
