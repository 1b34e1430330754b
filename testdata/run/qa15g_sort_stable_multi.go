package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type byAge []Employee

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func show(title string, es []Employee) {
	fmt.Println("--", title)
	for _, e := range es {
		fmt.Printf("  %-6s %-5s %6d %3d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
}

func main() {
	staff := []Employee{
		{"Ann", "eng", 120, 34}, {"Bob", "ops", 90, 45}, {"Cid", "eng", 120, 29},
		{"Dee", "ops", 95, 34}, {"Eve", "eng", 150, 41}, {"Fay", "hr", 80, 29},
		{"Gus", "hr", 80, 52}, {"Hal", "eng", 110, 34},
	}
	s := append([]Employee(nil), staff...)
	sort.SliceStable(s, func(i, j int) bool { return s[i].Dept < s[j].Dept })
	show("by dept (stable: input order within a dept)", s)

	sort.SliceStable(s, func(i, j int) bool {
		if s[i].Salary != s[j].Salary {
			return s[i].Salary > s[j].Salary
		}
		return strings.ToLower(s[i].Name) < strings.ToLower(s[j].Name)
	})
	show("by salary desc, then name", s)

	t := append([]Employee(nil), staff...)
	sort.Stable(sort.Reverse(byAge(t)))
	show("by age desc (stable reverse)", t)

	ages := make([]int, len(staff))
	for i, e := range staff {
		ages[i] = e.Age
	}
	sort.Ints(ages)
	for _, q := range []int{34, 35, 10, 60} {
		i := sort.SearchInts(ages, q)
		fmt.Printf("SearchInts(%d) = %d found=%v\n", q, i, i < len(ages) && ages[i] == q)
	}
	j := sort.Search(len(ages), func(i int) bool { return ages[i] > 40 })
	fmt.Println("first over 40 at", j, ages[j:])
	fmt.Println(sort.IsSorted(byAge(t)), sort.SliceIsSorted(ages, func(i, j int) bool { return ages[i] < ages[j] }))
	names := sort.StringSlice{"pear", "Apple", "fig", "apple"}
	names.Sort()
	fmt.Println(names, names.Search("fig"))
}
