package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func NewMoney(units float64, cur string) Money {
	return Money{Cents: int64(units*100 + 0.5), Currency: strings.ToUpper(cur)}
}

func (m Money) Add(o Money) (Money, error) {
	if m.Currency != o.Currency {
		return Money{}, fmt.Errorf("currency mismatch: %s vs %s", m.Currency, o.Currency)
	}
	return Money{m.Cents + o.Cents, m.Currency}, nil
}

func (m Money) String() string {
	sign := ""
	c := m.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	return sign + strconv.FormatInt(c/100, 10) + "." + fmt.Sprintf("%02d", c%100) + " " + m.Currency
}

func (m *Money) Scale(pct int) { m.Cents = m.Cents * int64(pct) / 100 }

type Line struct {
	Desc  string
	Qty   int
	Price Money
}

type Invoice struct {
	ID    string
	Lines []Line
	notes []string
}

func (inv *Invoice) Add(desc string, qty int, price Money) *Invoice {
	inv.Lines = append(inv.Lines, Line{desc, qty, price})
	return inv
}

func (inv *Invoice) Note(format string, args ...interface{}) {
	inv.notes = append(inv.notes, fmt.Sprintf(format, args...))
}

func (inv *Invoice) Total() (Money, error) {
	if len(inv.Lines) == 0 {
		return Money{}, errors.New("empty invoice")
	}
	total := Money{Currency: inv.Lines[0].Price.Currency}
	for _, l := range inv.Lines {
		sub := Money{l.Price.Cents * int64(l.Qty), l.Price.Currency}
		var err error
		if total, err = total.Add(sub); err != nil {
			return Money{}, fmt.Errorf("invoice %s line %q: %w", inv.ID, l.Desc, err)
		}
	}
	return total, nil
}

func apply(xs []int, fs ...func(int) int) []int {
	out := make([]int, len(xs))
	copy(out, xs)
	for _, f := range fs {
		for i := range out {
			out[i] = f(out[i])
		}
	}
	return out
}

func maxBy[T any](xs []T, key func(T) int) (best T, ok bool) {
	bk := 0
	for i, x := range xs {
		if k := key(x); i == 0 || k > bk {
			best, bk, ok = x, k, true
		}
	}
	return
}

type byQty []Line

func (b byQty) Len() int           { return len(b) }
func (b byQty) Less(i, j int) bool { return b[i].Qty < b[j].Qty }
func (b byQty) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	inv := &Invoice{ID: "INV-7"}
	inv.Add("widget", 3, NewMoney(2.5, "usd")).Add("gadget", 1, NewMoney(19.99, "usd")).Add("gizmo", 12, NewMoney(0.25, "usd"))
	inv.Note("created with %d lines", len(inv.Lines))
	t, err := inv.Total()
	fmt.Println(t, err)
	disc := t
	disc.Scale(90)
	fmt.Println("after 10% discount:", disc, Money{-1234, "EUR"})
	inv.Add("import", 1, NewMoney(5, "eur"))
	_, err = inv.Total()
	fmt.Println(err)
	sort.Sort(sort.Reverse(byQty(inv.Lines)))
	for _, l := range inv.Lines {
		fmt.Printf("%-7s x%-3d %s\n", l.Desc, l.Qty, l.Price)
	}
	best, ok := maxBy(inv.Lines, func(l Line) int { return int(l.Price.Cents) })
	fmt.Println(best.Desc, ok)
	double := func(x int) int { return 2 * x }
	fmt.Println(apply([]int{1, 2, 3}, double, func(x int) int { return x + 1 }, double))
	result := func(a, b int) int { return a*b + 1 }(6, 7)
	fmt.Println(result, inv.notes)
	var sum func(n int) int
	sum = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + sum(n-1)
	}
	fmt.Println(sum(100))
}
