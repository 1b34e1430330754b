// Inventory kept in two styles: a map of struct values (copy, modify,
// store back) and a map of pointers (modify in place); plus a map of
// slices and deleting while ranging.
package main

import (
	"fmt"
	"sort"
)

type Item struct {
	SKU   string
	Qty   int
	Price float64
	Tags  []string
}

type ByValue map[string]Item
type ByPtr map[string]*Item

func (m ByValue) Restock(sku string, n int) bool {
	it, ok := m[sku]
	if !ok {
		return false
	}
	it.Qty += n
	m[sku] = it
	return true
}

func (m ByPtr) Restock(sku string, n int) bool {
	if it := m[sku]; it != nil {
		it.Qty += n
		return true
	}
	return false
}

func (m ByPtr) Value() float64 {
	total := 0.0
	for _, it := range m {
		total += float64(it.Qty) * it.Price
	}
	return total
}

func sortedSKUs[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	seed := []Item{
		{"A1", 5, 2.5, []string{"small"}},
		{"B2", 0, 10, nil},
		{"C3", 12, 0.75, []string{"bulk", "cheap"}},
	}
	vals := ByValue{}
	ptrs := ByPtr{}
	for _, it := range seed {
		vals[it.SKU] = it
		cp := it
		ptrs[it.SKU] = &cp
	}
	vals.Restock("B2", 4)
	ptrs.Restock("B2", 4)
	fmt.Println(vals.Restock("ZZ", 1), ptrs.Restock("ZZ", 1))

	it := vals["A1"]
	it.Qty = 99
	p := ptrs["A1"]
	p.Qty = 99
	fmt.Println(vals["A1"].Qty, ptrs["A1"].Qty)

	vals["C3"].Tags[0] = "BULK"
	fmt.Println(seed[2].Tags, ptrs["C3"].Tags)

	for _, k := range sortedSKUs(ptrs) {
		fmt.Printf("%s qty=%d v=%+v\n", k, ptrs[k].Qty, vals[k])
	}
	fmt.Printf("stock value %.2f\n", ptrs.Value())

	byTag := map[string][]string{}
	for _, k := range sortedSKUs(vals) {
		for _, t := range vals[k].Tags {
			byTag[t] = append(byTag[t], k)
		}
	}
	fmt.Println(byTag)

	for k, v := range ptrs {
		if v.Qty < 10 {
			delete(ptrs, k)
		}
	}
	fmt.Println(sortedSKUs(ptrs), len(vals))

	counts := map[[2]int]int{}
	for i := 0; i < 10; i++ {
		counts[[2]int{i % 2, i % 3}]++
	}
	fmt.Println(counts)
}
