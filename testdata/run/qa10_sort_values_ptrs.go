// Sorting a slice of structs and a slice of pointers with sort.Sort,
// sort.Slice and sort.SliceStable; sort.Search on the sorted result.
package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type bySalary []Employee

func (s bySalary) Len() int           { return len(s) }
func (s bySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s bySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type byAgePtr []*Employee

func (s byAgePtr) Len() int           { return len(s) }
func (s byAgePtr) Less(i, j int) bool { return s[i].Age < s[j].Age }
func (s byAgePtr) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func names(es []Employee) []string {
	out := make([]string, len(es))
	for i := range es {
		out[i] = es[i].Name
	}
	return out
}

func namesPtr(es []*Employee) []string {
	out := make([]string, 0, len(es))
	for _, e := range es {
		out = append(out, e.Name)
	}
	return out
}

func main() {
	staff := []Employee{
		{"ann", "eng", 120, 34},
		{"bob", "ops", 90, 45},
		{"cy", "eng", 150, 29},
		{"dee", "ops", 90, 31},
		{"eve", "sales", 70, 52},
		{"fay", "eng", 120, 41},
	}
	vals := make([]Employee, len(staff))
	copy(vals, staff)
	sort.Sort(bySalary(vals))
	fmt.Println(names(vals))
	sort.Sort(sort.Reverse(bySalary(vals)))
	fmt.Println(names(vals))

	ptrs := make([]*Employee, len(staff))
	for i := range staff {
		ptrs[i] = &staff[i]
	}
	sort.Sort(byAgePtr(ptrs))
	fmt.Println(namesPtr(ptrs))
	ptrs[0].Salary += 1 // updates staff through the pointer
	fmt.Println(staff[2].Salary)

	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Dept < staff[j].Dept })
	fmt.Println(names(staff))
	sort.Slice(vals, func(i, j int) bool {
		if vals[i].Salary != vals[j].Salary {
			return vals[i].Salary < vals[j].Salary
		}
		return vals[i].Name < vals[j].Name
	})
	fmt.Println(names(vals))
	i := sort.Search(len(vals), func(i int) bool { return vals[i].Salary >= 100 })
	fmt.Println(i, vals[i].Name, sort.IsSorted(bySalary(vals)))
	ints := []int{5, 2, 8, 1}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 5))
}
