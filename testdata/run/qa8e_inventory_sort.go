package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Qty      int
	PriceCts int
	Tags     []string
}

func (it Item) Value() int { return it.Qty * it.PriceCts }

type Inventory []Item

func (inv Inventory) Len() int           { return len(inv) }
func (inv Inventory) Less(i, j int) bool { return inv[i].SKU < inv[j].SKU }
func (inv Inventory) Swap(i, j int)      { inv[i], inv[j] = inv[j], inv[i] }

type byValue struct{ Inventory }

func (b byValue) Less(i, j int) bool { return b.Inventory[i].Value() > b.Inventory[j].Value() }

type byName struct{ Inventory }

func (b byName) Less(i, j int) bool {
	return strings.ToLower(b.Inventory[i].Name) < strings.ToLower(b.Inventory[j].Name)
}

func money(c int) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func (inv Inventory) Print(title string) {
	fmt.Printf("== %s ==\n", title)
	for _, it := range inv {
		fmt.Printf("%-6s %-12s %4d x %7s = %9s  [%s]\n", it.SKU, it.Name, it.Qty, money(it.PriceCts), money(it.Value()), strings.Join(it.Tags, " "))
	}
}

func (inv Inventory) Find(sku string) (int, bool) {
	i := sort.Search(len(inv), func(i int) bool { return inv[i].SKU >= sku })
	return i, i < len(inv) && inv[i].SKU == sku
}

func (inv *Inventory) Restock(sku string, n int) error {
	i, ok := inv.Find(sku)
	if !ok {
		return fmt.Errorf("restock: unknown sku %q", sku)
	}
	(*inv)[i].Qty += n
	return nil
}

func main() {
	inv := Inventory{
		{"B-200", "bolt", 1200, 5, []string{"hardware"}},
		{"A-100", "Anvil", 3, 15999, []string{"heavy", "tools"}},
		{"W-010", "washer", 5000, 1, nil},
		{"H-300", "hammer", 40, 1250, []string{"tools"}},
		{"N-050", "nail", 10000, 2, []string{"hardware", "small"}},
		{"S-700", "Saw", 12, 2499, []string{"tools"}},
	}
	sort.Sort(inv)
	inv.Print("by sku")
	sort.Sort(byValue{inv})
	inv.Print("by value")
	sort.Stable(byName{inv})
	inv.Print("by name")
	sort.Sort(inv)
	for _, s := range []string{"H-300", "Z-999", "A-100"} {
		i, ok := inv.Find(s)
		fmt.Println("find", s, i, ok)
	}
	if err := inv.Restock("H-300", 10); err != nil {
		fmt.Println(err)
	}
	if err := inv.Restock("Q-1", 10); err != nil {
		fmt.Println(err)
	}
	total := 0
	tagCount := map[string]int{}
	for _, it := range inv {
		total += it.Value()
		for _, t := range it.Tags {
			tagCount[t]++
		}
	}
	fmt.Println("total value:", money(total))
	tags := make([]string, 0, len(tagCount))
	for t := range tagCount {
		tags = append(tags, t)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(tags)))
	for _, t := range tags {
		fmt.Printf("%s=%d ", t, tagCount[t])
	}
	fmt.Println()
	qtys := []int{}
	for _, it := range inv {
		qtys = append(qtys, it.Qty)
	}
	sort.Ints(qtys)
	fmt.Println(qtys, sort.IntsAreSorted(qtys), sort.SearchInts(qtys, 40))
	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(fs)
}
