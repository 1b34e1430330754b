// An inventory report that exercises fmt's verbs the way a real report
// would: widths, precision, flags, %v/%+v/%#v of nested values, Stringer and
// error values, argument indexes, and what fmt prints for bad verbs.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"time"
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

type Dimensions struct {
	W, H, D float64
}

type Item struct {
	SKU      SKU
	Name     string
	Price    Money
	Qty      int
	Dims     *Dimensions
	Tags     []string
	Attrs    map[string]int
	Restock  time.Duration
	Discount float64
}

type Level int

const (
	Low Level = iota
	Normal
	High
)

func (l Level) String() string {
	switch l {
	case Low:
		return "low"
	case Normal:
		return "normal"
	case High:
		return "high"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type StockError struct {
	SKU  SKU
	Want int
	Have int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("sku %s: want %d, have %d", e.SKU, e.Want, e.Have)
}

type Broken struct{}

func (Broken) String() string { panic("broken stringer") }

func level(qty int) Level {
	switch {
	case qty < 5:
		return Low
	case qty < 50:
		return Normal
	}
	return High
}

func reserve(it *Item, n int) error {
	if n > it.Qty {
		return &StockError{it.SKU, n, it.Qty}
	}
	it.Qty -= n
	return nil
}

func main() {
	items := []*Item{
		{SKU: "A-100", Name: "Widget", Price: 1999, Qty: 42, Dims: &Dimensions{1.5, 2, 0.25},
			Tags: []string{"metal", "small"}, Attrs: map[string]int{"weight": 120, "color": 3},
			Restock: 36 * time.Hour, Discount: 0.15},
		{SKU: "B-7", Name: "Gadget with a long name", Price: 125000, Qty: 3,
			Restock: 90 * time.Minute, Discount: 0},
		{SKU: "C-3", Name: "Gizmo", Price: 5, Qty: 500, Dims: &Dimensions{10, 10, 10},
			Restock: 1500 * time.Millisecond, Discount: 1.0 / 3},
	}

	fmt.Printf("%-6s|%-12.12s|%10s|%5s|%-7s|%8s|%6s\n", "SKU", "Name", "Price", "Qty", "Level", "Restock", "Disc")
	fmt.Println(strings.Repeat("-", 62))
	var total Money
	for _, it := range items {
		fmt.Printf("%-6s|%-12.12s|%10v|%5d|%-7v|%8v|%5.1f%%\n",
			it.SKU, it.Name, it.Price, it.Qty, level(it.Qty), it.Restock, it.Discount*100)
		total += it.Price * Money(it.Qty)
	}
	fmt.Printf("%*s %v\n", 30, "inventory value:", total)

	first := items[0]
	fmt.Printf("%v\n", *first.Dims)
	fmt.Printf("%+v\n", *first.Dims)
	fmt.Printf("%#v\n", *first.Dims)
	fmt.Printf("%v %d\n", first.Tags, len(first.Tags))
	fmt.Printf("%q\n", first.Tags)
	fmt.Printf("%v\n", first.Attrs)
	fmt.Printf("%#v\n", first.Attrs)
	fmt.Printf("%#v %#v %#v\n", first.SKU, first.Price, level(1))
	fmt.Printf("%T %T %T %T\n", first, first.Price, first.Attrs, reserve)
	fmt.Printf("%v %+v\n", items[1].Dims, items[1].Tags)

	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [%x] [%X] [%o] [%#o] [%b] [%#x]\n", 42, 42, 42, 42, 255, 255, 8, 8, 5, 255)
	fmt.Printf("[%8.3f] [%-8.2f] [%e] [%E] [%g] [%G] [%.3g]\n", math.Pi, math.E, 123456.789, 0.000123, 1e21, 1e-7, 2.0/3)
	fmt.Printf("[%v] [%v] [%v] [%.0f] [%5.1f]\n", math.Inf(1), math.Inf(-1), math.NaN(), 2.5, -0.05)
	fmt.Printf("[%s] [%10s] [%-10s] [%.2s] [%q] [%x] [% x] [%X]\n", "go", "go", "go", "gopher", "tab\there", "hi", "hi", "hi")
	fmt.Printf("[%c] [%q] [%U] [%#U] [%d]\n", 'G', 'é', 'é', '世', 'A')
	fmt.Printf("[%t] [%v] [%p]\n", true, nil, nil)
	fmt.Printf("%[2]d %[1]d %[2]d\n", 10, 20)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
	fmt.Println(Broken{})
	fmt.Printf("%6.2v|%v|%s\n", 3.14159, []byte("ab"), []byte("ab"))
	fmt.Printf("%v %v\n", [3]bool{true}, struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%v %+v\n", &Dimensions{1, 2, 3}, &struct{ P *int }{})

	for _, n := range []int{10, 3, 1000} {
		if err := reserve(items[1], n); err != nil {
			var se *StockError
			if errors.As(err, &se) {
				fmt.Printf("error: %v (short by %d)\n", err, se.Want-se.Have)
			}
			wrapped := fmt.Errorf("order %d: %w", n, err)
			fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
		} else {
			fmt.Println("reserved", n, "left", items[1].Qty)
		}
	}

	fmt.Fprintf(os.Stdout, "%s has %d items worth %v\n", "store", len(items), total)
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, 'x')
	fmt.Println(s, len(s))
	fmt.Print("x", 1, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(fmt.Sprintln("end", 1) == "end 1\n")
}
