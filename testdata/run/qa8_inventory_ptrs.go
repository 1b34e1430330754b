// A map from SKU to *Item: updates through the pointer need no re-store,
// unlike a map of struct values, and pointers stay valid across growth.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Stock int
	Price int
}

type Inventory struct {
	items  map[string]*Item
	byName map[string][]*Item
}

func NewInventory() *Inventory {
	return &Inventory{items: map[string]*Item{}, byName: map[string][]*Item{}}
}

func (inv *Inventory) Add(sku, name string, stock, price int) *Item {
	it := &Item{SKU: sku, Name: name, Stock: stock, Price: price}
	inv.items[sku] = it
	key := strings.ToLower(name)
	inv.byName[key] = append(inv.byName[key], it)
	return it
}

func (inv *Inventory) Sell(sku string, n int) bool {
	it, ok := inv.items[sku]
	if !ok || it.Stock < n {
		return false
	}
	it.Stock -= n
	return true
}

func (inv *Inventory) Value() int {
	v := 0
	for _, it := range inv.items {
		v += it.Stock * it.Price
	}
	return v
}

func (inv *Inventory) SortedSKUs() []string {
	skus := make([]string, 0, len(inv.items))
	for k := range inv.items {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	return skus
}

func valueMapDemo() {
	m := map[string]Item{"a": {SKU: "a", Stock: 1}}
	it := m["a"]
	it.Stock = 50
	fmt.Println("value map unchanged:", m["a"].Stock)
	m["a"] = it
	fmt.Println("after re-store:", m["a"].Stock)
}

func main() {
	inv := NewInventory()
	first := inv.Add("A-1", "Widget", 10, 3)
	inv.Add("B-2", "Gadget", 5, 10)
	inv.Add("C-3", "widget", 2, 4)
	for i := 0; i < 50; i++ {
		inv.Add(fmt.Sprintf("Z-%02d", i), "filler", 0, 1)
	}
	fmt.Println(inv.Sell("A-1", 4), inv.Sell("B-2", 6), inv.Sell("nope", 1))
	fmt.Println("first still valid:", first.Stock, inv.items["A-1"] == first)
	fmt.Println("value", inv.Value())
	for _, it := range inv.byName["widget"] {
		fmt.Println(it.SKU, it.Name, it.Stock)
	}
	skus := inv.SortedSKUs()
	fmt.Println(len(skus), skus[:4])
	delete(inv.items, "A-1")
	fmt.Println(len(inv.items), first.SKU)
	valueMapDemo()
}
