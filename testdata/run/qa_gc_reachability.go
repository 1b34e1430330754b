package main

import (
	"fmt"
	"runtime"
)

type Tree struct {
	L, R *Tree
	V    int
}

func build(d int) *Tree {
	if d == 0 {
		return &Tree{V: 1}
	}
	return &Tree{build(d - 1), build(d - 1), d}
}

func (t *Tree) Check() int {
	if t.L == nil {
		return t.V
	}
	return t.V + t.L.Check() + t.R.Check()
}

type Record struct {
	name  string
	tags  []string
	attrs map[string]*Tree
}

func main() {
	long := build(12)
	want := long.Check()
	records := make([]*Record, 0)
	for i := 0; i < 200; i++ {
		r := &Record{name: fmt.Sprint("r", i), attrs: map[string]*Tree{}}
		for j := 0; j < 5; j++ {
			r.tags = append(r.tags, fmt.Sprintf("t%d-%d", i, j))
		}
		r.attrs["small"] = build(3)
		records = append(records, r)
		if i%50 == 0 {
			_ = build(10)
			runtime.GC()
		}
	}
	runtime.GC()
	fmt.Println("long-lived tree intact:", long.Check() == want, want)
	total := 0
	for _, r := range records {
		total += r.attrs["small"].Check() + len(r.tags)
		if r.tags[4] != fmt.Sprintf("t%s-4", r.name[1:]) {
			fmt.Println("corrupt", r.name)
		}
	}
	fmt.Println("records checksum:", total)
	strs := make([]string, 0, 1000)
	for i := 0; i < 1000; i++ {
		strs = append(strs, string(rune('a'+i%26))+fmt.Sprint(i))
	}
	runtime.GC()
	n := 0
	for _, s := range strs {
		n += len(s)
	}
	fmt.Println("strings total len:", n)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("live objects > 1000:", ms.HeapObjects > 1000, len(records), len(strs), long.V)
}
