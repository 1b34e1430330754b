// A mutex-protected inventory: a map of structs (copied in and out), an
// RWMutex for reads, defer-unlock in methods, and a struct embedding sync.Mutex.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Item struct {
	SKU   string
	Qty   int
	Price float64
}

type Inventory struct {
	mu    sync.RWMutex
	items map[string]Item
	log   []string
}

var ErrNoStock = errors.New("not enough stock")

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]Item)}
}

func (inv *Inventory) Add(sku string, qty int, price float64) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	it := inv.items[sku]
	it.SKU = sku
	it.Qty += qty
	it.Price = price
	inv.items[sku] = it
	inv.log = append(inv.log, "add "+sku)
}

func (inv *Inventory) Take(sku string, qty int) error {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	it, ok := inv.items[sku]
	if !ok || it.Qty < qty {
		return fmt.Errorf("take %s x%d: %w", sku, qty, ErrNoStock)
	}
	it.Qty -= qty
	inv.items[sku] = it
	return nil
}

func (inv *Inventory) Value() float64 {
	inv.mu.RLock()
	defer inv.mu.RUnlock()
	total := 0.0
	for _, it := range inv.items {
		total += float64(it.Qty) * it.Price
	}
	return total
}

func (inv *Inventory) Sorted() []Item {
	inv.mu.RLock()
	out := make([]Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	inv.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return out[i].SKU < out[j].SKU })
	return out
}

type guarded struct {
	sync.Mutex
	hits map[string]int
}

func (g *guarded) hit(k string) {
	g.Lock()
	g.hits[k]++
	g.Unlock()
}

func main() {
	inv := NewInventory()
	inv.Add("apple", 10, 0.5)
	inv.Add("pear", 4, 0.75)
	inv.Add("apple", 5, 0.5)
	if err := inv.Take("pear", 6); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrNoStock))
	}
	if err := inv.Take("apple", 3); err == nil {
		fmt.Println("took 3 apples")
	}
	fmt.Printf("value %.2f\n", inv.Value())
	for _, it := range inv.Sorted() {
		fmt.Printf("%-6s %3d %.2f\n", it.SKU, it.Qty, it.Price)
	}
	fmt.Println(len(inv.log), "log entries")

	g := guarded{hits: map[string]int{}}
	var wg sync.WaitGroup
	for _, k := range []string{"a", "b", "a", "c", "a"} {
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			g.hit(k)
		}(k)
	}
	wg.Wait()
	fmt.Println(g.hits["a"], g.hits["b"], g.hits["c"])
}
