package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type multiSorter struct {
	people []Person
	less   []func(a, b *Person) bool
}

func (ms *multiSorter) Len() int      { return len(ms.people) }
func (ms *multiSorter) Swap(i, j int) { ms.people[i], ms.people[j] = ms.people[j], ms.people[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.people[i], &ms.people[j]
	for k := 0; k < len(ms.less)-1; k++ {
		switch {
		case ms.less[k](p, q):
			return true
		case ms.less[k](q, p):
			return false
		}
	}
	return ms.less[len(ms.less)-1](p, q)
}

func OrderedBy(less ...func(a, b *Person) bool) *multiSorter {
	return &multiSorter{less: less}
}

func (ms *multiSorter) Sort(people []Person) {
	ms.people = people
	sort.Sort(ms)
}

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

func people() []Person {
	return []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35},
		{"Frank", 25}, {"Grace", 30}, {"Heidi", 40}, {"Ivan", 35}, {"Judy", 25},
		{"Mallory", 30}, {"Niaj", 25}, {"Olivia", 35}, {"Peggy", 40},
	}
}

func main() {
	ps := people()
	sort.Stable(ByAge(ps))
	fmt.Println("stable by age:", ps)
	ps = people()
	sort.Sort(sort.Reverse(ByAge(ps)))
	fmt.Println("reverse sorted:", sort.IsSorted(sort.Reverse(ByAge(ps))), ps[0].Age, ps[len(ps)-1].Age)
	ps = people()
	sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].Name) < len(ps[j].Name) })
	fmt.Println("slicestable by name len:", ps)
	ps = people()
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].Age != ps[j].Age {
			return ps[i].Age > ps[j].Age
		}
		return ps[i].Name < ps[j].Name
	})
	fmt.Println("slice by age desc, name:", ps)
	age := func(a, b *Person) bool { return a.Age < b.Age }
	name := func(a, b *Person) bool { return a.Name > b.Name }
	ps = people()
	OrderedBy(age, name).Sort(ps)
	fmt.Println("multi:", ps)

	ints := []int{5, 2, 8, -1, 0, 2, 9, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	for _, x := range []int{2, 4, -5, 100} {
		i := sort.SearchInts(ints, x)
		fmt.Printf("search %d -> %d found=%v\n", x, i, i < len(ints) && ints[i] == x)
	}
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println("first square >= 50:", i)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchFloat64s(fl, 2.5))
	words := strings.Fields("the quick brown fox jumps over the lazy dog again")
	sort.Strings(words)
	fmt.Println(words, sort.SearchStrings(words, "fox"))
	words = strings.Fields("ccc a bb dddd e ff ggg")
	sort.Stable(byLen(words))
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)
	ss := sort.StringSlice{"z", "x", "y"}
	ss.Sort()
	fmt.Println(ss, ss.Search("y"), len(ss))
	is := sort.IntSlice{3, 1, 2}
	sort.Sort(is)
	fmt.Println(is)
	counts := map[string]int{"apple": 3, "pear": 7, "fig": 3, "kiwi": 1, "plum": 7}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		return a < b
	})
	for _, k := range keys {
		fmt.Printf("%-6s %d\n", k, counts[k])
	}
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 211
	}
	sort.Ints(big)
	fmt.Println(big[:10], big[190:], sort.IntsAreSorted(big))
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for i := 0; i < 30; i++ {
		kvs = append(kvs, kv{fmt.Sprintf("k%02d", i), i % 4})
	}
	sort.SliceStable(kvs, func(i, j int) bool { return kvs[i].v < kvs[j].v })
	fmt.Println(kvs[:8])
	fmt.Println(sort.SliceIsSorted(kvs, func(i, j int) bool { return kvs[i].v < kvs[j].v }))
}
