package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Age    int
	Salary float64
}

type Key struct {
	Dept string
	Year int
}

func main() {
	m := map[string]Employee{
		"alice": {"Alice", 30, 5000},
		"bob":   {"Bob", 25, 4000},
	}
	e := m["alice"]
	e.Salary *= 1.1
	m["alice"] = e
	fmt.Printf("%.2f\n", m["alice"].Salary)
	pm := map[string]*Employee{}
	for k, v := range m {
		v := v
		pm[k] = &v
	}
	pm["bob"].Age++
	fmt.Println(pm["bob"].Age, m["bob"].Age)
	fmt.Println(m)
	counts := map[Key]int{}
	counts[Key{"eng", 2020}] += 3
	counts[Key{"eng", 2020}]++
	counts[Key{"ops", 2021}] = 1
	fmt.Println(counts, len(counts))
	if _, ok := counts[Key{"hr", 2020}]; !ok {
		fmt.Println("no hr")
	}
	delete(counts, Key{"ops", 2021})
	fmt.Println(counts)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %+v\n", k, m[k])
	}
	nested := map[string]map[string]int{}
	for _, w := range []string{"a:x", "a:y", "b:x", "a:x"} {
		outer, inner := w[:1], w[2:]
		if nested[outer] == nil {
			nested[outer] = map[string]int{}
		}
		nested[outer][inner]++
	}
	fmt.Println(nested)
	var nilmap map[string]int
	fmt.Println(nilmap["x"], len(nilmap))
	sets := map[[2]int]bool{{1, 2}: true, {3, 4}: true}
	fmt.Println(sets[[2]int{1, 2}], sets[[2]int{2, 1}], sets)
}
