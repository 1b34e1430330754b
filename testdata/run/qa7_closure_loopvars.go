// Closures over loop variables with Go 1.19 semantics (one variable per
// loop), the usual fixes (shadow copy, parameter), and goroutines that
// collect results through a channel.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func shared() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	return fs
}

func shadowed() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	return fs
}

func rangeShared(words []string) []func() string {
	fs := make([]func() string, 0, len(words))
	for _, w := range words {
		fs = append(fs, func() string { return w })
	}
	return fs
}

func accumulators() (func(int) int, func() int) {
	total := 0
	add := func(n int) int {
		total += n
		return total
	}
	get := func() int { return total }
	return add, get
}

func parallelSquares(n int) []int {
	var wg sync.WaitGroup
	results := make(chan int, n)
	for i := 1; i <= n; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			results <- v * v
		}(i)
	}
	wg.Wait()
	close(results)
	out := make([]int, 0, n)
	for r := range results {
		out = append(out, r)
	}
	sort.Ints(out)
	return out
}

func main() {
	for _, f := range shared() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, f := range shadowed() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, f := range rangeShared([]string{"x", "y", "z"}) {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	add, get := accumulators()
	for _, n := range []int{5, 10, 20} {
		add(n)
	}
	fmt.Println("total", get())

	fmt.Println(parallelSquares(6))

	counter := 0
	incr := func() { counter++ }
	for j := 0; j < 4; j++ {
		defer incr()
		incr()
	}
	fmt.Println("counter", counter)

	matrix := [][]int{{1, 2}, {3, 4}, {5, 6}}
	var rowSums []func() int
	for _, row := range matrix {
		r := row
		rowSums = append(rowSums, func() int { return r[0] + r[1] })
	}
	for _, s := range rowSums {
		fmt.Print(s(), ";")
	}
	fmt.Println()
}
