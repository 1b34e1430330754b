package main

import (
	"fmt"
	"sort"
	"strings"
)

type Emp struct {
	Name string
	Dept string
	Age  int
}

type byAge []Emp

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func names(es []Emp) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString(e.Name)
		b.WriteByte(' ')
	}
	return b.String()
}

func main() {
	var es []Emp
	depts := []string{"eng", "ops", "hr"}
	for i := 0; i < 40; i++ {
		es = append(es, Emp{fmt.Sprintf("e%02d", i), depts[(i*7)%3], 20 + (i*13)%5})
	}
	a := append([]Emp(nil), es...)
	sort.Slice(a, func(i, j int) bool { return a[i].Age < a[j].Age })
	fmt.Println(names(a))
	b := append([]Emp(nil), es...)
	sort.Sort(byAge(b))
	fmt.Println(names(b))
	c := append([]Emp(nil), es...)
	sort.SliceStable(c, func(i, j int) bool { return c[i].Dept < c[j].Dept })
	fmt.Println(names(c))
	d := append([]Emp(nil), es...)
	sort.Slice(d, func(i, j int) bool { return d[i].Dept < d[j].Dept })
	fmt.Println(names(d))
	big := make([]int, 500)
	for i := range big {
		big[i] = (i * 7919) % 13
	}
	idx := make([]int, len(big))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return big[idx[i]] < big[idx[j]] })
	fmt.Println(idx[:30])
	strs := strings.Fields("b a c b a c d a b c e e a")
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Println(strs)
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for i := 0; i < 100; i++ {
		kvs = append(kvs, kv{fmt.Sprint("k", i), i % 4})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	var ks []string
	for _, x := range kvs[:20] {
		ks = append(ks, x.k)
	}
	fmt.Println(ks)
}
