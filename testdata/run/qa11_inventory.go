package main

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type SKU string

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

func ParseMoney(s string) (Money, error) {
	s = strings.TrimPrefix(s, "$")
	parts := strings.SplitN(s, ".", 2)
	d, err := strconv.ParseInt(parts[0], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse money %q: %w", s, err)
	}
	var c int64
	if len(parts) == 2 {
		if len(parts[1]) != 2 {
			return 0, fmt.Errorf("parse money %q: bad cents", s)
		}
		c, err = strconv.ParseInt(parts[1], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("parse money %q: %w", s, err)
		}
	}
	return Money(d*100 + c), nil
}

type Item struct {
	SKU      SKU
	Name     string
	Price    Money
	Qty      int
	Tags     map[string]bool
	Reserved int
}

func (it *Item) Available() int { return it.Qty - it.Reserved }

type Inventory struct {
	mu    sync.RWMutex
	items map[SKU]*Item
	log   bytes.Buffer
}

type StockError struct {
	SKU       SKU
	Want, Got int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("sku %s: want %d, have %d", e.SKU, e.Want, e.Got)
}

var ErrUnknownSKU = errors.New("unknown sku")

func NewInventory() *Inventory { return &Inventory{items: make(map[SKU]*Item)} }

func (inv *Inventory) logf(format string, args ...interface{}) {
	fmt.Fprintf(&inv.log, format, args...)
	inv.log.WriteByte('\n')
}

func (inv *Inventory) Add(sku SKU, name string, price Money, qty int, tags ...string) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	it, ok := inv.items[sku]
	if !ok {
		it = &Item{SKU: sku, Name: name, Price: price, Tags: map[string]bool{}}
		inv.items[sku] = it
	}
	it.Qty += qty
	for _, t := range tags {
		it.Tags[t] = true
	}
	inv.logf("add %s x%d", sku, qty)
}

func (inv *Inventory) Reserve(sku SKU, n int) error {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("reserve %s: %w", sku, ErrUnknownSKU)
	}
	if it.Available() < n {
		return &StockError{sku, n, it.Available()}
	}
	it.Reserved += n
	inv.logf("reserve %s x%d", sku, n)
	return nil
}

type Line struct {
	SKU SKU
	Qty int
}

type Order struct {
	ID    int
	Lines []Line
}

func (inv *Inventory) Place(o Order) (total Money, err error) {
	var done []Line
	defer func() {
		if err != nil {
			inv.mu.Lock()
			for _, l := range done {
				inv.items[l.SKU].Reserved -= l.Qty
			}
			inv.logf("rollback order %d (%d lines)", o.ID, len(done))
			inv.mu.Unlock()
		}
	}()
	for _, l := range o.Lines {
		if err = inv.Reserve(l.SKU, l.Qty); err != nil {
			return 0, fmt.Errorf("order %d: %w", o.ID, err)
		}
		done = append(done, l)
		inv.mu.RLock()
		total += inv.items[l.SKU].Price * Money(l.Qty)
		inv.mu.RUnlock()
	}
	return total, nil
}

func (inv *Inventory) ByTag(tag string) []*Item {
	inv.mu.RLock()
	defer inv.mu.RUnlock()
	var out []*Item
	for _, it := range inv.items {
		if it.Tags[tag] {
			out = append(out, it)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].SKU < out[j].SKU })
	return out
}

func (inv *Inventory) Value() Money {
	inv.mu.RLock()
	defer inv.mu.RUnlock()
	var v Money
	for _, it := range inv.items {
		v += it.Price * Money(it.Qty)
	}
	return v
}

func main() {
	inv := NewInventory()
	prices := []string{"$3.50", "12.00", "$0.99", "7", "$1.5", "x.10"}
	skus := []SKU{"A1", "B2", "C3", "D4", "E5", "F6"}
	for i, p := range prices {
		m, err := ParseMoney(p)
		if err != nil {
			fmt.Println("skip:", err)
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("  numerror:", ne.Func, ne.Num, ne.Err)
			}
			continue
		}
		inv.Add(skus[i], "item"+string(skus[i]), m, 10*(i+1), "all", []string{"even", "odd"}[i%2])
	}
	inv.Add("A1", "", 0, 5, "promo")
	fmt.Println("value", inv.Value())
	orders := []Order{
		{1, []Line{{"A1", 3}, {"B2", 2}}},
		{2, []Line{{"C3", 5}, {"Z9", 1}}},
		{3, []Line{{"A1", 10}, {"D4", 100}}},
		{4, []Line{{"A1", 2}}},
	}
	for _, o := range orders {
		t, err := inv.Place(o)
		var se *StockError
		switch {
		case errors.As(err, &se):
			fmt.Printf("order %d: short %s by %d\n", o.ID, se.SKU, se.Want-se.Got)
		case errors.Is(err, ErrUnknownSKU):
			fmt.Printf("order %d: %v\n", o.ID, err)
		case err == nil:
			fmt.Printf("order %d: total %v\n", o.ID, t)
		}
	}
	for _, it := range inv.ByTag("even") {
		fmt.Printf("%s %s qty=%d avail=%d %v\n", it.SKU, it.Name, it.Qty, it.Available(), it.Price)
	}
	fmt.Print(inv.log.String())
	fmt.Println(Money(-1234), Money(5))
}
