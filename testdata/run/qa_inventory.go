package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

type Inventory struct {
	items map[string]*Item
}

var (
	ErrUnknownSKU = errors.New("unknown sku")
	ErrNoStock    = errors.New("out of stock")
)

type StockError struct {
	SKU       string
	Requested int
	Available int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("sku %s: requested %d, available %d", e.SKU, e.Requested, e.Available)
}

func (e *StockError) Is(target error) bool { return target == ErrNoStock }

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = make(map[string]*Item)
	}
	if ex, ok := inv.items[it.SKU]; ok {
		ex.Qty += it.Qty
		return
	}
	c := it
	inv.items[it.SKU] = &c
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %q: %w", sku, ErrUnknownSKU)
	}
	if it.Qty < n {
		return &StockError{sku, n, it.Qty}
	}
	it.Qty -= n
	return nil
}

func (inv *Inventory) Report() string {
	skus := make([]string, 0, len(inv.items))
	for k := range inv.items {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	var sb strings.Builder
	total := 0.0
	for _, k := range skus {
		it := inv.items[k]
		v := float64(it.Qty) * it.Price
		total += v
		fmt.Fprintf(&sb, "%-6s %-10s %4d x %7.2f = %9.2f\n", it.SKU, it.Name, it.Qty, it.Price, v)
	}
	fmt.Fprintf(&sb, "%-36s %9.2f\n", "TOTAL", total)
	return sb.String()
}

func main() {
	var inv Inventory
	inv.Add(Item{"A1", "widget", 10, 2.5})
	inv.Add(Item{"B2", "gadget", 3, 19.99})
	inv.Add(Item{"A1", "widget", 5, 2.5})
	inv.Add(Item{"C3", "doohickey", 0, 7})
	for _, op := range []struct {
		sku string
		n   int
	}{{"A1", 4}, {"B2", 5}, {"Z9", 1}, {"C3", 1}} {
		err := inv.Remove(op.sku, op.n)
		var se *StockError
		switch {
		case err == nil:
			fmt.Println("removed", op.n, op.sku)
		case errors.As(err, &se):
			fmt.Println("stock error:", se, errors.Is(err, ErrNoStock), se.Available)
		case errors.Is(err, ErrUnknownSKU):
			fmt.Println("unknown:", err)
		}
	}
	fmt.Print(inv.Report())
}
