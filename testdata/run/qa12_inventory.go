// An inventory system: maps of structs vs maps of pointers, embedded
// structs with promoted methods, interface embedding, anonymous structs
// for report rows, and arrays of structs.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("%d.%02d", m/100, m%100) }

type Identified interface{ SKU() string }
type Priced interface{ Price() Money }
type Item interface {
	Identified
	Priced
	fmt.Stringer
}

type Meta struct {
	sku  string
	name string
	tags []string
}

func (m Meta) SKU() string   { return m.sku }
func (m *Meta) Tag(t string) { m.tags = append(m.tags, t) }
func (m Meta) HasTag(t string) bool {
	for _, x := range m.tags {
		if x == t {
			return true
		}
	}
	return false
}

type Tool struct {
	Meta
	unit Money
}

func (t Tool) Price() Money   { return t.unit }
func (t Tool) String() string { return "tool " + t.name }

type Bundle struct {
	*Meta
	parts    []Item
	discount int // percent
}

func (b Bundle) Price() (p Money) {
	for _, it := range b.parts {
		p += it.Price()
	}
	return p * Money(100-b.discount) / 100
}
func (b Bundle) String() string { return fmt.Sprintf("bundle %s (%d parts)", b.name, len(b.parts)) }

type Stock struct {
	byValue map[string]Tool  // copies
	byPtr   map[string]*Tool // shared
	counts  map[string]int
	history [8]struct {
		sku   string
		delta int
	}
	hpos int
}

var ErrUnknown = errors.New("unknown sku")
var ErrShort = errors.New("not enough stock")

func NewStock() *Stock {
	return &Stock{byValue: map[string]Tool{}, byPtr: map[string]*Tool{}, counts: map[string]int{}}
}

func (s *Stock) Add(t Tool, n int) {
	s.byValue[t.sku] = t
	cp := t
	s.byPtr[t.sku] = &cp
	s.move(t.sku, n)
}

func (s *Stock) move(sku string, d int) {
	s.counts[sku] += d
	h := &s.history[s.hpos%len(s.history)]
	h.sku, h.delta = sku, d
	s.hpos++
}

func (s *Stock) Take(sku string, n int) error {
	c, ok := s.counts[sku]
	switch {
	case !ok:
		return fmt.Errorf("take %s: %w", sku, ErrUnknown)
	case c < n:
		return fmt.Errorf("take %d of %s (have %d): %w", n, sku, c, ErrShort)
	}
	s.move(sku, -n)
	return nil
}

func (s *Stock) Reprice(sku string, p Money) {
	// map of structs: must copy out, modify, store back
	if t, ok := s.byValue[sku]; ok {
		t.unit = p
		s.byValue[sku] = t
	}
	// map of pointers: modify in place
	if t := s.byPtr[sku]; t != nil {
		t.unit = p + 1
	}
}

func (s *Stock) Report() []struct {
	SKU    string
	Count  int
	Value  Money
	Shared Money
} {
	keys := make([]string, 0, len(s.counts))
	for k := range s.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	rows := make([]struct {
		SKU    string
		Count  int
		Value  Money
		Shared Money
	}, len(keys))
	for i, k := range keys {
		rows[i].SKU = k
		rows[i].Count = s.counts[k]
		rows[i].Value = s.byValue[k].Price() * Money(s.counts[k])
		rows[i].Shared = s.byPtr[k].Price()
	}
	return rows
}

func main() {
	hammer := Tool{Meta{sku: "H1", name: "hammer"}, 1299}
	saw := Tool{Meta: Meta{sku: "S1", name: "saw"}, unit: 2450}
	hammer.Tag("steel")
	saw.Meta.Tag("sharp")
	st := NewStock()
	st.Add(hammer, 5)
	st.Add(saw, 2)
	kit := Bundle{&Meta{sku: "K1", name: "starter"}, []Item{hammer, saw}, 10}
	kit.Tag("gift")
	items := []Item{hammer, saw, kit}
	for _, it := range items {
		fmt.Printf("%-4s %-26s %8v gift=%v\n", it.SKU(), it, it.Price(), it.(interface{ HasTag(string) bool }).HasTag("gift"))
	}
	for _, op := range []struct {
		sku string
		n   int
	}{{"H1", 2}, {"S1", 3}, {"X9", 1}, {"S1", 2}} {
		if err := st.Take(op.sku, op.n); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrShort), errors.Is(err, ErrUnknown))
		}
	}
	st.Reprice("H1", 999)
	for _, r := range st.Report() {
		fmt.Printf("%+v\n", r)
	}
	for i, h := range st.history[:st.hpos] {
		fmt.Printf("%d:%s%+d ", i, h.sku, h.delta)
	}
	fmt.Println()
	var arr [3]Tool
	arr[0] = hammer
	arr2 := arr
	arr2[0].name = "mallet"
	fmt.Println(arr[0].name, arr2[0].name, arr[0].unit == arr2[0].unit, strings.Join(hammer.tags, ","))
}
