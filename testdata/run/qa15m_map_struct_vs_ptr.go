package main

import (
	"fmt"
	"sort"
)

type Stock struct {
	SKU   string
	Qty   int
	Price float64
	Tags  []string
}

type ByValue map[string]Stock
type ByPtr map[string]*Stock

func (m ByValue) Restock(sku string, n int) {
	s := m[sku] // copy
	s.Qty += n
	m[sku] = s // write back
}

func (m ByPtr) Restock(sku string, n int) {
	if s, ok := m[sku]; ok {
		s.Qty += n
		return
	}
	m[sku] = &Stock{SKU: sku, Qty: n}
}

func keys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	seed := []Stock{
		{"A-1", 3, 9.5, []string{"red"}},
		{"B-2", 0, 120, nil},
		{"C-3", 12, 0.25, []string{"bulk", "small"}},
	}
	vals := ByValue{}
	ptrs := ByPtr{}
	for _, s := range seed {
		vals[s.SKU] = s
		ptrs[s.SKU] = &s // Go 1.19: every entry points at the same variable
	}
	fmt.Println("shared loop var:", ptrs["A-1"] == ptrs["C-3"], ptrs["A-1"].SKU)
	for i := range seed {
		ptrs[seed[i].SKU] = &seed[i]
	}
	vals.Restock("A-1", 5)
	vals.Restock("Z-9", 1)
	ptrs.Restock("A-1", 5)
	ptrs.Restock("Z-9", 1)
	for _, k := range keys(vals) {
		fmt.Printf("val %s qty=%d tags=%v\n", k, vals[k].Qty, vals[k].Tags)
	}
	for _, k := range keys(ptrs) {
		fmt.Printf("ptr %s qty=%d\n", k, ptrs[k].Qty)
	}
	fmt.Println("seed[0] changed through map:", seed[0].Qty)
	// slices inside a struct value are shared even in the value map
	c := vals["C-3"]
	c.Tags[0] = "BULK"
	fmt.Println(vals["C-3"].Tags, seed[2].Tags)
	// modifying through a pointer from a range over values does not reach the map
	for k, v := range vals {
		v.Price *= 2
		_ = k
	}
	total := 0.0
	for _, k := range keys(vals) {
		total += vals[k].Price
	}
	fmt.Printf("total %.2f\n", total)
	// map of arrays vs map of slices
	grid := map[string][2]int{"x": {1, 2}}
	g := grid["x"]
	g[0] = 99
	lists := map[string][]int{"x": {1, 2}}
	l := lists["x"]
	l[0] = 99
	fmt.Println(grid["x"], lists["x"])
}
