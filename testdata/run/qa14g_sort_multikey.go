package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Level  int
	Salary float64
	Start  int // year
}

var staff = []Employee{
	{"Alice", "eng", 3, 150000, 2015},
	{"Bob", "eng", 2, 120000, 2018},
	{"Carol", "sales", 3, 110000, 2012},
	{"Dan", "eng", 3, 150000, 2014},
	{"Erin", "ops", 1, 80000, 2020},
	{"Frank", "sales", 2, 95000, 2016},
	{"Grace", "eng", 2, 120000, 2017},
	{"Heidi", "ops", 2, 90000, 2019},
	{"Ivan", "sales", 3, 110000, 2011},
	{"Judy", "ops", 1, 80000, 2021},
}

type lessFunc func(a, b *Employee) int

// multiSorter applies comparators in order until one decides.
type multiSorter struct {
	data []Employee
	less []lessFunc
}

func (m *multiSorter) Len() int      { return len(m.data) }
func (m *multiSorter) Swap(i, j int) { m.data[i], m.data[j] = m.data[j], m.data[i] }
func (m *multiSorter) Less(i, j int) bool {
	a, b := &m.data[i], &m.data[j]
	for _, f := range m.less {
		if c := f(a, b); c != 0 {
			return c < 0
		}
	}
	return false
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (m *multiSorter) Sort(data []Employee) {
	m.data = data
	sort.Sort(m)
}

func cmpStr(a, b string) int { return strings.Compare(a, b) }
func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func show(title string, es []Employee) {
	fmt.Println("==", title)
	for _, e := range es {
		fmt.Printf("  %-6s %-5s L%d %9.0f %d\n", e.Name, e.Dept, e.Level, e.Salary, e.Start)
	}
}

func main() {
	es := append([]Employee(nil), staff...)
	sort.SliceStable(es, func(i, j int) bool { return es[i].Dept < es[j].Dept })
	show("stable by dept (input order kept within)", es)

	es = append(es[:0], staff...)
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Level != es[j].Level {
			return es[i].Level > es[j].Level
		}
		return es[i].Salary > es[j].Salary
	})
	show("level desc, salary desc", es)

	es = append(es[:0], staff...)
	dept := func(a, b *Employee) int { return cmpStr(a.Dept, b.Dept) }
	level := func(a, b *Employee) int { return -cmpInt(a.Level, b.Level) }
	start := func(a, b *Employee) int { return cmpInt(a.Start, b.Start) }
	OrderedBy(dept, level, start).Sort(es)
	show("dept, level desc, start", es)

	// Sort keys extracted once: group totals.
	totals := map[string]float64{}
	for _, e := range staff {
		totals[e.Dept] += e.Salary
	}
	keys := make([]string, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return totals[keys[i]] > totals[keys[j]] })
	for _, k := range keys {
		fmt.Printf("%s=%.0f ", k, totals[k])
	}
	fmt.Println()

	years := make([]int, len(staff))
	for i, e := range staff {
		years[i] = e.Start
	}
	sort.Ints(years)
	i := sort.SearchInts(years, 2016)
	j := sort.Search(len(years), func(k int) bool { return years[k] > 2018 })
	fmt.Println(years, i, j, sort.IntsAreSorted(years))
	names := []string{"bob", "Alice", "alice", "Bob", "carol"}
	sort.Strings(names)
	fmt.Println(names, sort.SearchStrings(names, "bob"))
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names)
	fl := []float64{2.5, -1, 3, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchFloat64s(fl, 2.6))
}
