// Sorting records parsed from CSV-like text: multi-key comparators,
// sort.Stable keeping input order for ties, case-insensitive and
// "natural" (file9 < file10) orderings, binary search on sorted data with
// sort.Search, and sort.Sort on a custom collection type.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

const data = `name,dept,salary,start
alice,Engineering,120000,2019-03-01
Bob,engineering,95000,2021-07-15
carol,Sales,70000,2018-01-10
dave,sales,70000,2020-11-30
Eve,Engineering,120000,2017-05-22
frank,Support,55000,2022-02-01
grace,support,61000,2016-09-09
heidi,Sales,88000,2019-03-01
`

type employee struct {
	name, dept, start string
	salary            int
	line              int
}

func parse(text string) ([]employee, error) {
	sc := bufio.NewScanner(strings.NewReader(text))
	var out []employee
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		f := strings.Split(sc.Text(), ",")
		if len(f) != 4 {
			return nil, fmt.Errorf("line %d: %d fields", line, len(f))
		}
		sal, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, employee{f[0], f[1], f[3], sal, line})
	}
	return out, sc.Err()
}

// naturalLess compares strings treating digit runs as numbers.
func naturalLess(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		ca, cb := a[i], b[j]
		if unicode.IsDigit(rune(ca)) && unicode.IsDigit(rune(cb)) {
			si := i
			for i < len(a) && unicode.IsDigit(rune(a[i])) {
				i++
			}
			sj := j
			for j < len(b) && unicode.IsDigit(rune(b[j])) {
				j++
			}
			na, _ := strconv.Atoi(a[si:i])
			nb, _ := strconv.Atoi(b[sj:j])
			if na != nb {
				return na < nb
			}
			continue
		}
		if ca != cb {
			return ca < cb
		}
		i++
		j++
	}
	return len(a)-i < len(b)-j
}

type byDeptThenSalary []employee

func (s byDeptThenSalary) Len() int      { return len(s) }
func (s byDeptThenSalary) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byDeptThenSalary) Less(i, j int) bool {
	di, dj := strings.ToLower(s[i].dept), strings.ToLower(s[j].dept)
	if di != dj {
		return di < dj
	}
	if s[i].salary != s[j].salary {
		return s[i].salary > s[j].salary
	}
	return strings.ToLower(s[i].name) < strings.ToLower(s[j].name)
}

func show(title string, es []employee) {
	fmt.Println("--", title)
	for _, e := range es {
		fmt.Printf("   %-6s %-12s %7d %s (line %d)\n", e.name, e.dept, e.salary, e.start, e.line)
	}
}

func main() {
	es, err := parse(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	byName := append([]employee(nil), es...)
	sort.Slice(byName, func(i, j int) bool { return byName[i].name < byName[j].name })
	show("byte order of names (capitals first)", byName)
	sort.Slice(byName, func(i, j int) bool { return strings.ToLower(byName[i].name) < strings.ToLower(byName[j].name) })
	show("case-insensitive names", byName)

	ds := append([]employee(nil), es...)
	sort.Sort(byDeptThenSalary(ds))
	show("dept (folded), salary desc, name", ds)

	st := append([]employee(nil), es...)
	sort.SliceStable(st, func(i, j int) bool { return st[i].salary < st[j].salary })
	show("stable by salary (ties keep input order)", st)
	sort.SliceStable(st, func(i, j int) bool { return st[i].start < st[j].start })
	fmt.Println("   earliest start:", st[0].name, st[0].start, "latest:", st[len(st)-1].name)

	files := []string{"file10.txt", "file9.txt", "file1.txt", "file100.txt", "File2.txt", "file2a.txt", "file2.txt", "img12b", "img12a", "img2"}
	plain := append([]string(nil), files...)
	sort.Strings(plain)
	sort.Slice(files, func(i, j int) bool { return naturalLess(files[i], files[j]) })
	fmt.Println(plain)
	fmt.Println(files)

	salaries := make([]int, len(es))
	for i, e := range es {
		salaries[i] = e.salary
	}
	sort.Ints(salaries)
	fmt.Println(salaries)
	for _, q := range []int{50000, 70000, 70001, 120000, 200000} {
		i := sort.SearchInts(salaries, q)
		j := sort.Search(len(salaries), func(k int) bool { return salaries[k] > q })
		fmt.Printf("   %6d: first>=%d count==%d above=%d\n", q, i, j-i, len(salaries)-j)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(salaries)))
	fmt.Println(salaries[:3], sort.IntsAreSorted(salaries))
	depts := map[string][]string{}
	for _, e := range es {
		d := strings.Title(strings.ToLower(e.dept))
		depts[d] = append(depts[d], e.name)
	}
	keys := make([]string, 0, len(depts))
	for k := range depts {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(keys)))
	for _, k := range keys {
		names := depts[k]
		sort.Slice(names, func(i, j int) bool { return strings.ToLower(names[i]) < strings.ToLower(names[j]) })
		fmt.Printf("%-12s %s\n", k, strings.Join(names, ", "))
	}
}
