// sort: Slice/SliceStable with closures, Sort/Stable/Reverse on a user type, Ints/Strings/Float64s, Search*: output and -m as go.
package main

import (
	"fmt"
	"sort"
)

type P struct {
	Name string
	Age  int
}

type byAge []P

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func sortPeople(ps []P) {
	sort.Slice(ps, func(i, j int) bool { return ps[i].Name < ps[j].Name })
}

func stable(ps []P, k int) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Age*k < ps[j].Age*k })
}

func main() {
	ps := []P{{"a", 3}, {"b", 1}, {"c", 2}}
	sortPeople(ps)
	stable(ps, 2)
	sort.Sort(byAge(ps))
	sort.Stable(sort.Reverse(byAge(ps)))
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	ss := []string{"b", "a"}
	sort.Strings(ss)
	fs := []float64{2, 1}
	sort.Float64s(fs)
	i := sort.SearchInts(xs, 2)
	j := sort.Search(len(xs), func(i int) bool { return xs[i] >= 2 })
	fmt.Println(ps, xs, ss, fs, i, j, sort.IsSorted(byAge(ps)), sort.IntsAreSorted(xs))
}
