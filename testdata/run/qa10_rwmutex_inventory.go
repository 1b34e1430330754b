// An inventory guarded by a sync.RWMutex: readers take RLock, writers Lock.
// Products are stored by value in the map; Snapshot returns copies.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Product struct {
	SKU   string
	Name  string
	Stock int
	Price int // cents
}

func (p Product) Value() int { return p.Stock * p.Price }

type Inventory struct {
	mu    sync.RWMutex
	items map[string]Product
	log   []string
}

var ErrUnknown = errors.New("unknown sku")
var ErrShort = errors.New("not enough stock")

func NewInventory(capacity int) *Inventory {
	return &Inventory{items: make(map[string]Product, capacity)}
}

func (inv *Inventory) Add(p Product) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if old, ok := inv.items[p.SKU]; ok {
		old.Stock += p.Stock
		inv.items[p.SKU] = old
		return
	}
	inv.items[p.SKU] = p
	inv.log = append(inv.log, "add "+p.SKU)
}

func (inv *Inventory) Take(sku string, n int) error {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	p, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("take %q: %w", sku, ErrUnknown)
	}
	if p.Stock < n {
		return fmt.Errorf("take %d of %q (have %d): %w", n, sku, p.Stock, ErrShort)
	}
	p.Stock -= n
	inv.items[sku] = p
	return nil
}

func (inv *Inventory) Get(sku string) (Product, bool) {
	inv.mu.RLock()
	defer inv.mu.RUnlock()
	p, ok := inv.items[sku]
	return p, ok
}

func (inv *Inventory) Snapshot() []Product {
	inv.mu.RLock()
	out := make([]Product, 0, len(inv.items))
	for _, p := range inv.items {
		out = append(out, p)
	}
	inv.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return out[i].SKU < out[j].SKU })
	return out
}

func (inv *Inventory) Total() (total int) {
	inv.mu.RLock()
	defer inv.mu.RUnlock()
	for _, p := range inv.items {
		total += p.Value()
	}
	return
}

func main() {
	inv := NewInventory(8)
	inv.Add(Product{"A1", "bolt", 100, 5})
	inv.Add(Product{"B2", "nut", 250, 2})
	inv.Add(Product{"C3", "gear", 10, 450})

	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				_ = inv.Take("B2", 1)
				_, _ = inv.Get("A1")
			}
		}()
	}
	wg.Wait()
	inv.Add(Product{"A1", "bolt", 5, 5})

	for _, p := range inv.Snapshot() {
		fmt.Printf("%v value=%d\n", p, p.Value())
	}
	fmt.Println("total", inv.Total())
	fmt.Println(inv.Take("Z9", 1))
	err := inv.Take("C3", 11)
	fmt.Println(err, errors.Is(err, ErrShort))
	p, ok := inv.Get("C3")
	fmt.Printf("%+v %v\n", p, ok)
	fmt.Println(inv.log)
}
