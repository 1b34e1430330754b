// Map allocations: a small map that does not escape, maps with a size
// hint, growth while inserting, and map values of slices appended to.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"testing"
)

var sinkM map[int]int
var sinkN int

func countLocal(words []string) int {
	seen := make(map[string]bool)
	for _, w := range words {
		seen[w] = true
	}
	return len(seen)
}

func fill(n, hint int) map[int]int {
	m := make(map[int]int, hint)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m
}

func mallocs(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs
}

func groups(xs []int) map[int][]int {
	g := map[int][]int{}
	for _, x := range xs {
		g[x%3] = append(g[x%3], x)
	}
	return g
}

func main() {
	words := []string{"a", "b", "a", "c", "b", "d"}
	fmt.Println("local small map:", testing.AllocsPerRun(20, func() { sinkN = countLocal(words) }))
	fmt.Println("escaping empty map:", testing.AllocsPerRun(20, func() { sinkM = make(map[int]int) }))
	fmt.Println("escaping hint 8:", testing.AllocsPerRun(20, func() { sinkM = make(map[int]int, 8) }))
	fmt.Println("escaping hint 9:", testing.AllocsPerRun(20, func() { sinkM = make(map[int]int, 9) }))
	fmt.Println("fill 8 no hint:", testing.AllocsPerRun(20, func() { sinkM = fill(8, 0) }))
	fmt.Println("fill 100 hinted:", testing.AllocsPerRun(20, func() { sinkM = fill(100, 100) }) <= 12)
	grown := mallocs(func() { sinkM = fill(1000, 0) })
	hinted := mallocs(func() { sinkM = fill(1000, 1000) })
	fmt.Println("growth costs more than a hint:", grown > hinted)

	g := groups([]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	keys := make([]int, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, g[k])
	}
	m := fill(10, 0)
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m), m[3], m[4])
	lit := map[string]int{"x": 1, "y": 2}
	lit["z"] = 3
	fmt.Println(len(lit), lit)
}
