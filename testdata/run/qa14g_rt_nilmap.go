package main

import (
	"fmt"
	"sort"
)

type Registry struct {
	byName map[string][]int
	counts map[int]int
}

func (r *Registry) Add(name string, id int) {
	if r.byName == nil {
		r.byName = make(map[string][]int)
	}
	r.byName[name] = append(r.byName[name], id)
	r.counts[id]++ // counts never initialized: panics on first Add
}

func safeAdd(r *Registry, name string, id int) (err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("add %s/%d: %v", name, id, e)
		}
	}()
	r.Add(name, id)
	return nil
}

func readNil() {
	var m map[string]int
	v, ok := m["x"]
	fmt.Println("read nil map:", v, ok, len(m))
	for k := range m {
		fmt.Println("never", k)
	}
	delete(m, "x")
	fmt.Println("delete on nil map is fine")
}

func main() {
	readNil()
	r := &Registry{}
	fmt.Println(safeAdd(r, "a", 1))
	fmt.Println(len(r.byName["a"]), r.counts == nil)
	r.counts = map[int]int{}
	for i, n := range []string{"x", "y", "x", "z", "x"} {
		if err := safeAdd(r, n, i%2); err != nil {
			fmt.Println(err)
		}
	}
	keys := make([]string, 0)
	for k := range r.byName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, r.byName[k])
	}
	fmt.Println(r.counts)

	type pair struct{ a, b int }
	var nested map[pair]map[string]bool
	nested = map[pair]map[string]bool{{1, 2}: {}}
	nested[pair{1, 2}]["ok"] = true
	fmt.Println(nested)
	fmt.Println("about to write to a nil inner map")
	nested[pair{3, 4}]["boom"] = true
	fmt.Println("unreachable")
}
