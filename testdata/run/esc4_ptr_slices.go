// Slices of pointers and append in helpers: growing slices inside
// functions, returning them, keeping pointers to elements.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	Name  string
	Price int
	Qty   int
}

type Inventory struct {
	items []*Item
	byName map[string]*Item
}

func NewInventory() *Inventory {
	return &Inventory{byName: make(map[string]*Item)}
}

func (inv *Inventory) Add(name string, price, qty int) *Item {
	it := &Item{Name: name, Price: price, Qty: qty}
	inv.items = append(inv.items, it)
	inv.byName[name] = it
	return it
}

func (inv *Inventory) Find(name string) (*Item, bool) {
	it, ok := inv.byName[name]
	return it, ok
}

func appendAll(dst []int, src ...int) []int {
	for _, v := range src {
		dst = append(dst, v)
	}
	return dst
}

func collectNames(items []*Item) []string {
	names := make([]string, 0, len(items))
	for _, it := range items {
		names = append(names, it.Name)
	}
	return names
}

func cheapest(items []*Item) *Item {
	if len(items) == 0 {
		return nil
	}
	best := items[0]
	for _, it := range items[1:] {
		if it.Price < best.Price {
			best = it
		}
	}
	return best
}

func totalValue(items []*Item) int {
	sum := 0
	for _, it := range items {
		sum += it.Price * it.Qty
	}
	return sum
}

func pointersTo(vals []int) []*int {
	ps := make([]*int, len(vals))
	for i := range vals {
		ps[i] = &vals[i]
	}
	return ps
}

func fixedBuffer() int {
	buf := make([]byte, 0, 64)
	buf = append(buf, "hello"...)
	buf = append(buf, ' ')
	buf = append(buf, "world"...)
	return len(buf)
}

func grow(n int) []int {
	s := make([]int, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, i*i)
	}
	return s
}

func main() {
	inv := NewInventory()
	inv.Add("apple", 3, 10)
	inv.Add("pear", 4, 5)
	b := inv.Add("banana", 2, 12)
	b.Qty--
	if it, ok := inv.Find("pear"); ok {
		fmt.Println(it.Name, it.Price)
	}
	fmt.Println(cheapest(inv.items).Name, totalValue(inv.items))

	names := collectNames(inv.items)
	sort.Strings(names)
	fmt.Println(strings.Join(names, ","))

	sort.Slice(inv.items, func(i, j int) bool { return inv.items[i].Qty < inv.items[j].Qty })
	for _, it := range inv.items {
		fmt.Print(it.Name, " ")
	}
	fmt.Println()

	var xs []int
	xs = appendAll(xs, 1, 2, 3)
	more := []int{4, 5}
	xs = appendAll(xs, more...)
	fmt.Println(xs)

	vals := []int{10, 20, 30}
	ps := pointersTo(vals)
	*ps[1] = 99
	fmt.Println(vals)

	fmt.Println(fixedBuffer(), grow(5))

	arr := [4]int{1, 2, 3, 4}
	part := arr[1:3]
	part[0] = 7
	fmt.Println(arr, len(part))
}
