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

type byDeptSalary []Employee

func (s byDeptSalary) Len() int      { return len(s) }
func (s byDeptSalary) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byDeptSalary) Less(i, j int) bool {
	if s[i].Dept != s[j].Dept {
		return s[i].Dept < s[j].Dept
	}
	return s[i].Salary > s[j].Salary
}

func main() {
	staff := []Employee{
		{"Zoe", "eng", 120, 31},
		{"Adam", "ops", 90, 45},
		{"Mia", "eng", 150, 28},
		{"Lee", "sales", 70, 39},
		{"Kim", "ops", 90, 25},
		{"Bo", "eng", 120, 52},
		{"Ana", "sales", 85, 33},
	}
	sort.Sort(byDeptSalary(staff))
	for _, e := range staff {
		fmt.Printf("%-5s %-5s %3d %d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
	fmt.Println(sort.IsSorted(byDeptSalary(staff)))

	byAge := append([]Employee(nil), staff...)
	sort.Slice(byAge, func(i, j int) bool { return byAge[i].Age < byAge[j].Age })
	ages := make([]int, len(byAge))
	for i, e := range byAge {
		ages[i] = e.Age
	}
	fmt.Println(ages, sort.IntsAreSorted(ages))
	i := sort.SearchInts(ages, 39)
	j := sort.SearchInts(ages, 40)
	fmt.Println("39 at", i, "40 would go at", j)
	k := sort.Search(len(byAge), func(i int) bool { return byAge[i].Age >= 45 })
	fmt.Println("first >=45:", byAge[k].Name)

	stable := append([]Employee(nil), staff...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Salary < stable[j].Salary })
	var names []string
	for _, e := range stable {
		names = append(names, e.Name)
	}
	fmt.Println(strings.Join(names, " "))

	sort.Sort(sort.Reverse(sort.IntSlice(ages)))
	fmt.Println(ages)
	words := strings.Fields("pear Apple banana apple Cherry cherry")
	sort.Strings(words)
	fmt.Println(words, sort.SearchStrings(words, "banana"))
	sort.Slice(words, func(i, j int) bool {
		a, b := strings.ToLower(words[i]), strings.ToLower(words[j])
		if a != b {
			return a < b
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchFloat64s(fl, 3))

	groups := map[string][]string{}
	for _, e := range staff {
		groups[e.Dept] = append(groups[e.Dept], e.Name)
	}
	fmt.Println(groups)
}
