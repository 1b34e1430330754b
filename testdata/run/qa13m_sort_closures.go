// Sorting records by several keys: sort.Slice closures over slices of
// values and of pointers, a sort.Interface type, and a reusable key func.
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

type byKeys struct {
	es   []*Employee
	less []func(a, b *Employee) int
}

func (s byKeys) Len() int      { return len(s.es) }
func (s byKeys) Swap(i, j int) { s.es[i], s.es[j] = s.es[j], s.es[i] }
func (s byKeys) Less(i, j int) bool {
	for _, f := range s.less {
		if c := f(s.es[i], s.es[j]); c != 0 {
			return c < 0
		}
	}
	return false
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func byDept(a, b *Employee) int       { return strings.Compare(a.Dept, b.Dept) }
func bySalaryDesc(a, b *Employee) int { return cmpInt(b.Salary, a.Salary) }
func byName(a, b *Employee) int       { return strings.Compare(a.Name, b.Name) }

func sortBy[T any](xs []T, key func(T) string) {
	sort.SliceStable(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

func topN(es []Employee, n int, by func(e *Employee) int) []string {
	idx := make([]int, len(es))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool {
		ka, kb := by(&es[idx[a]]), by(&es[idx[b]])
		if ka != kb {
			return ka > kb
		}
		return es[idx[a]].Name < es[idx[b]].Name
	})
	var out []string
	for _, i := range idx[:n] {
		out = append(out, es[i].Name)
	}
	return out
}

func main() {
	staff := []Employee{
		{"dora", "eng", 120, 31}, {"ali", "ops", 90, 45}, {"bea", "eng", 120, 28},
		{"cal", "sales", 70, 39}, {"eve", "ops", 95, 33}, {"fay", "eng", 110, 50},
		{"gus", "sales", 70, 25},
	}
	ptrs := make([]*Employee, len(staff))
	for i := range staff {
		ptrs[i] = &staff[i]
	}
	sort.Sort(byKeys{ptrs, []func(a, b *Employee) int{byDept, bySalaryDesc, byName}})
	for _, e := range ptrs {
		fmt.Printf("%-6s %-5s %d\n", e.Dept, e.Name, e.Salary)
	}
	fmt.Println("original order kept:", staff[0].Name, staff[6].Name)
	fmt.Println("top salary:", topN(staff, 3, func(e *Employee) int { return e.Salary }))
	fmt.Println("top age:", topN(staff, 2, func(e *Employee) int { return e.Age }))
	vals := append([]Employee(nil), staff...)
	sort.Slice(vals, func(i, j int) bool { return vals[i].Age < vals[j].Age })
	var names []string
	for _, v := range vals {
		names = append(names, v.Name)
	}
	fmt.Println("by age:", names)
	words := strings.Fields("pear Apple fig banana apple Cherry date")
	sortBy(words, strings.ToLower)
	fmt.Println(words)
	sortBy(ptrs, func(e *Employee) string { return e.Name })
	fmt.Println(ptrs[0].Name, ptrs[len(ptrs)-1].Name)
	i := sort.Search(len(vals), func(i int) bool { return vals[i].Age >= 40 })
	fmt.Println("first age >= 40:", vals[i].Name)
}
