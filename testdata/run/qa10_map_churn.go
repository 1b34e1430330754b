// Maps under churn: deleting while ranging, re-adding, maps of slices that
// grow, counting with struct keys, and size hints.
package main

import (
	"fmt"
	"sort"
)

type key struct {
	Region string
	Year   int
}

type Sale struct {
	Region string
	Year   int
	Amount int
}

func totals(sales []Sale) map[key]int {
	m := make(map[key]int, len(sales)/2)
	for _, s := range sales {
		m[key{s.Region, s.Year}] += s.Amount
	}
	return m
}

func sortedKeys(m map[key]int) []key {
	ks := make([]key, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].Region != ks[j].Region {
			return ks[i].Region < ks[j].Region
		}
		return ks[i].Year < ks[j].Year
	})
	return ks
}

func prune(m map[key]int, min int) int {
	n := 0
	for k, v := range m {
		if v < min {
			delete(m, k) // deleting during range is allowed
			n++
		}
	}
	return n
}

func groupByRegion(sales []Sale) map[string][]int {
	g := map[string][]int{}
	for _, s := range sales {
		g[s.Region] = append(g[s.Region], s.Amount)
	}
	return g
}

func main() {
	sales := []Sale{
		{"north", 2021, 10}, {"south", 2021, 5}, {"north", 2022, 7},
		{"north", 2021, 3}, {"east", 2022, 1}, {"south", 2022, 20},
		{"east", 2021, 2}, {"south", 2021, 4},
	}
	t := totals(sales)
	for _, k := range sortedKeys(t) {
		fmt.Printf("%v=%d ", k, t[k])
	}
	fmt.Println()
	fmt.Println("pruned", prune(t, 5), len(t))
	fmt.Println(sortedKeys(t))

	g := groupByRegion(sales)
	regions := make([]string, 0, len(g))
	for r := range g {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	for _, r := range regions {
		fmt.Println(r, g[r], len(g[r]))
	}

	m := make(map[int]*Sale)
	for i := 0; i < 1000; i++ {
		m[i] = &sales[i%len(sales)]
	}
	for i := 0; i < 1000; i += 2 {
		delete(m, i)
	}
	for i := 0; i < 10; i++ {
		m[i*1000] = nil
	}
	sum := 0
	for k, v := range m {
		if v != nil {
			sum += v.Amount + k%2
		}
	}
	fmt.Println(len(m), sum)
	v, ok := m[0]
	fmt.Println(v, ok)
}
