// Sorting: sort.Slice with a closure over the slice, sort.SliceStable,
// sort.Sort with a named type, slices of values versus slices of pointers.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
	City string
}

type ByAge []*Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func people() []Person {
	return []Person{
		{"Ann", 31, "Oslo"}, {"Bob", 25, "Rome"}, {"Cid", 31, "Rome"},
		{"Dee", 19, "Oslo"}, {"Eve", 25, "Lima"}, {"Fay", 40, "Lima"},
	}
}

func pointersTo(ps []Person) []*Person {
	out := make([]*Person, len(ps))
	for i := range ps {
		out[i] = &ps[i]
	}
	return out
}

func names(ps []*Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func main() {
	ps := people()
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].City != ps[j].City {
			return ps[i].City < ps[j].City
		}
		return ps[i].Name > ps[j].Name
	})
	for _, p := range ps {
		fmt.Print(p.City, "/", p.Name, " ")
	}
	fmt.Println()

	ptrs := pointersTo(ps)
	sort.Sort(ByAge(ptrs))
	fmt.Println(names(ptrs)[0], ptrs[len(ptrs)-1].Name)
	ptrs[0].Age++
	fmt.Println("through pointer:", ps[0].Name, ps[0].Age)

	stable := people()
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Age < stable[j].Age })
	for _, p := range stable {
		fmt.Print(p.Name, p.Age, " ")
	}
	fmt.Println()

	ages := make([]int, 0, len(stable))
	for _, p := range stable {
		ages = append(ages, p.Age)
	}
	i := sort.SearchInts(ages, 31)
	fmt.Println(ages, i, sort.IntsAreSorted(ages))
	sort.Sort(sort.Reverse(sort.IntSlice(ages)))
	fmt.Println(ages)
	idx := sort.Search(len(stable), func(k int) bool { return stable[k].Age >= 26 })
	fmt.Println(idx, stable[idx].Name)
}
