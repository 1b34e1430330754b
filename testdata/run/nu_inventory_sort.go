// Sorting an inventory every way the sort package allows: sort.Sort with
// a type implementing sort.Interface, sort.Reverse, sort.Stable on a
// multi-key comparator, sort.Slice/SliceStable, sort.Search for range
// queries on sorted data, and a group-by report with subtotals.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Category string
	Name     string
	Price    float64
	Qty      int
}

type ByPrice []Item

func (b ByPrice) Len() int           { return len(b) }
func (b ByPrice) Less(i, j int) bool { return b[i].Price < b[j].Price }
func (b ByPrice) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type multiSorter struct {
	items []Item
	less  []func(a, b *Item) int
}

func OrderedBy(less ...func(a, b *Item) int) *multiSorter {
	return &multiSorter{less: less}
}

func (ms *multiSorter) Sort(items []Item) {
	ms.items = items
	sort.Stable(ms)
}

func (ms *multiSorter) Len() int      { return len(ms.items) }
func (ms *multiSorter) Swap(i, j int) { ms.items[i], ms.items[j] = ms.items[j], ms.items[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.items[i], &ms.items[j]
	for _, f := range ms.less {
		switch c := f(p, q); {
		case c < 0:
			return true
		case c > 0:
			return false
		}
	}
	return false
}

func byCategory(a, b *Item) int { return strings.Compare(a.Category, b.Category) }
func byQtyDesc(a, b *Item) int  { return b.Qty - a.Qty }
func byName(a, b *Item) int     { return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)) }

func show(title string, items []Item) {
	fmt.Println("==", title)
	for _, it := range items {
		fmt.Printf("  %-6s %-7s %-14s %8.2f %4d\n", it.SKU, it.Category, it.Name, it.Price, it.Qty)
	}
}

func main() {
	inv := []Item{
		{"T-100", "tools", "Hammer", 12.5, 40},
		{"T-101", "tools", "screwdriver", 4.25, 120},
		{"G-200", "garden", "Hose", 24.99, 15},
		{"G-201", "garden", "rake", 18, 15},
		{"K-300", "kitchen", "Kettle", 29.5, 8},
		{"K-301", "kitchen", "apron", 9.99, 60},
		{"T-102", "tools", "Wrench", 12.5, 25},
		{"G-202", "garden", "Gloves", 6.75, 120},
		{"K-302", "kitchen", "Whisk", 4.25, 60},
	}
	items := append([]Item(nil), inv...)
	sort.Sort(ByPrice(items))
	show("by price (unstable sort; ties may move)", items[:0])
	prices := make([]float64, len(items))
	for i, it := range items {
		prices[i] = it.Price
	}
	fmt.Println("prices:", prices, sort.Float64sAreSorted(prices))
	sort.Sort(sort.Reverse(ByPrice(items)))
	fmt.Println("max:", items[0].Price, "min:", items[len(items)-1].Price)

	items = append(items[:0], inv...)
	OrderedBy(byCategory, byQtyDesc, byName).Sort(items)
	show("category, qty desc, name", items)

	items = append(items[:0], inv...)
	sort.SliceStable(items, func(i, j int) bool { return items[i].Qty < items[j].Qty })
	show("stable by qty (input order among ties)", items)

	sort.Slice(inv, func(i, j int) bool { return inv[i].SKU < inv[j].SKU })
	skus := make([]string, len(inv))
	for i, it := range inv {
		skus[i] = it.SKU
	}
	fmt.Println("skus:", skus)
	for _, q := range []string{"G-201", "K-299", "A", "Z"} {
		i := sort.SearchStrings(skus, q)
		found := i < len(skus) && skus[i] == q
		fmt.Printf("search %-6s -> %d found=%v\n", q, i, found)
	}
	sort.Slice(inv, func(i, j int) bool { return inv[i].Price < inv[j].Price || (inv[i].Price == inv[j].Price && inv[i].SKU < inv[j].SKU) })
	lo := sort.Search(len(inv), func(i int) bool { return inv[i].Price >= 10 })
	hi := sort.Search(len(inv), func(i int) bool { return inv[i].Price > 25 })
	fmt.Print("price in [10, 25]:")
	for _, it := range inv[lo:hi] {
		fmt.Print(" ", it.Name)
	}
	fmt.Println()

	groups := map[string][]Item{}
	for _, it := range inv {
		groups[it.Category] = append(groups[it.Category], it)
	}
	cats := make([]string, 0, len(groups))
	for c := range groups {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	grand := 0.0
	for _, c := range cats {
		sub := 0.0
		for _, it := range groups[c] {
			sub += it.Price * float64(it.Qty)
		}
		grand += sub
		fmt.Printf("%-8s %2d items %10.2f\n", c, len(groups[c]), sub)
	}
	fmt.Printf("%-8s %2d items %10.2f\n", "TOTAL", len(inv), grand)
	ints := []int{5, 2, 8, 2, 9, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.SearchInts([]int{1, 3, 5, 7}, 4), sort.IsSorted(sort.IntSlice(ints)))
	words := strings.Fields("pear Apple banana apple Cherry")
	sort.Strings(words)
	fmt.Println(words)
}
