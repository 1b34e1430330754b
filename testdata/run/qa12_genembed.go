// Generic types embedded in ordinary structs: promoted methods of
// instances, instances satisfying interfaces through promotion, an
// embedded generic pointer, and method values of instance methods.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Bag[T comparable] struct {
	items map[T]int
	order []T
}

func (b *Bag[T]) Add(x T) int {
	if b.items == nil {
		b.items = map[T]int{}
	}
	if b.items[x] == 0 {
		b.order = append(b.order, x)
	}
	b.items[x]++
	return b.items[x]
}

func (b *Bag[T]) Count(x T) int { return b.items[x] }
func (b Bag[T]) Len() int       { return len(b.order) }
func (b *Bag[T]) Distinct() []T { return append([]T(nil), b.order...) }

type History[T any] struct {
	entries []T
	max     int
}

func (h *History[T]) Record(x T) {
	h.entries = append(h.entries, x)
	if h.max > 0 && len(h.entries) > h.max {
		h.entries = h.entries[1:]
	}
}

func (h *History[T]) Last() (T, bool) {
	if len(h.entries) == 0 {
		var z T
		return z, false
	}
	return h.entries[len(h.entries)-1], true
}

type WordStats struct {
	Bag[string]
	*History[string]
	name string
}

type Lener interface{ Len() int }
type Adder[T any] interface{ Add(T) int }

type Vote struct {
	Bag[int]
	closed bool
}

func (v *Vote) Add(choice int) int {
	if v.closed {
		return -1
	}
	return v.Bag.Add(choice)
}

func Winner(v *Vote) (int, int) {
	best, n := 0, -1
	choices := v.Distinct()
	sort.Ints(choices)
	for _, c := range choices {
		if k := v.Count(c); k > n {
			best, n = c, k
		}
	}
	return best, n
}

func feed[T any](a Adder[T], xs ...T) (last int) {
	for _, x := range xs {
		last = a.Add(x)
	}
	return
}

func main() {
	ws := WordStats{History: &History[string]{max: 3}, name: "doc"}
	for _, w := range strings.Fields("to be or not to be that is the question") {
		if ws.Add(w) > 1 {
			ws.Record(w)
		}
	}
	last, ok := ws.Last()
	fmt.Println(ws.name, ws.Len(), ws.Count("to"), ws.Count("be"), last, ok, ws.entries)
	var l Lener = ws
	var lp Lener = &ws
	fmt.Println(l.Len(), lp.Len(), ws.Distinct()[:4])

	v := &Vote{}
	fmt.Println(feed[int](v, 3, 1, 3, 2, 3, 1))
	fmt.Println(Winner(v))
	v.closed = true
	fmt.Println(feed[int](v, 1, 1, 1), v.Count(1))
	var a Adder[string] = &ws
	fmt.Println(feed(a, "x", "to"))
	add := ws.Add
	rec := ws.Record
	add("zzz")
	rec("zzz")
	fmt.Println(ws.Count("zzz"), ws.entries)
	lenOf := Bag[int].Len
	countOf := (*Bag[int]).Count
	fmt.Println(lenOf(v.Bag), countOf(&v.Bag, 3))
	h := History[[2]float64]{max: 2}
	h.Record([2]float64{1, 2})
	h.Record([2]float64{3, 4})
	h.Record([2]float64{5, 6})
	fmt.Println(h.entries)
	fmt.Println(h.Last())
}
