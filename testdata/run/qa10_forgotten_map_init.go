// A constructor that forgets to make the map: reads work (a nil map is
// empty) but the first write panics; the fix allocates in the constructor.
package main

import (
	"fmt"
	"sort"
)

type Registry struct {
	name  string
	items map[string]int
	order []string
}

func NewRegistryBuggy(name string) *Registry {
	return &Registry{name: name}
}

func NewRegistry(name string) *Registry {
	return &Registry{name: name, items: make(map[string]int)}
}

func (r *Registry) Count(k string) int { return r.items[k] }

func (r *Registry) Add(k string) {
	if _, ok := r.items[k]; !ok {
		r.order = append(r.order, k)
	}
	r.items[k]++
}

func (r *Registry) Keys() []string {
	ks := make([]string, 0, len(r.items))
	for k := range r.items {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func fill(r *Registry, words ...string) (err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("%s: %v", r.name, e)
		}
	}()
	for _, w := range words {
		r.Add(w)
	}
	return nil
}

func main() {
	good := NewRegistry("good")
	bad := NewRegistryBuggy("bad")
	fmt.Println(bad.Count("x"), len(bad.Keys()), bad.order == nil)
	fmt.Println(fill(good, "a", "b", "a"), good.Keys(), good.order)
	fmt.Println(fill(bad, "a", "b"))
	fmt.Println(bad.order, len(bad.items))
	var m map[string][]int
	m2 := m
	fmt.Println(m2["k"] == nil, len(m2))
	bad.items = map[string]int{}
	fmt.Println(fill(bad, "z"), bad.Keys(), bad.order)
	bad.Add("boom")
	var nilReg *Registry
	fmt.Println(nilReg.Count("x"))
}
