// A home-grown "slices/maps" package (Go 1.19 has none in the standard
// library): core-type constraints ~[]E and ~map[K]V, constraint type
// inference, generic sort helpers, and a fixed-capacity ring of [N]T.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

func Index[S ~[]E, E comparable](s S, v E) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func Insert[S ~[]E, E any](s S, i int, vs ...E) S {
	n := len(s) + len(vs)
	if n > cap(s) {
		s2 := make(S, len(s), n+n/2)
		copy(s2, s)
		s = s2
	}
	s = s[:n]
	copy(s[i+len(vs):], s[i:])
	copy(s[i:], vs)
	return s
}

func SortFunc[S ~[]E, E any](s S, less func(a, b E) bool) {
	sort.Slice(s, func(i, j int) bool { return less(s[i], s[j]) })
}

func Sorted[S ~[]E, E Ordered](s S) S {
	c := Clone(s)
	sort.Slice(c, func(i, j int) bool { return c[i] < c[j] })
	return c
}

func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	out := s[:1]
	for _, v := range s[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func Values[M ~map[K]V, K Ordered, V any](m M) []V {
	ks := Keys(m)
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	vs := make([]V, len(ks))
	for i, k := range ks {
		vs[i] = m[k]
	}
	return vs
}

func GroupBy[S ~[]E, E any, K comparable](s S, key func(E) K) map[K]S {
	g := make(map[K]S)
	for _, v := range s {
		k := key(v)
		g[k] = append(g[k], v)
	}
	return g
}

type Ring[T any] struct {
	buf   [4]T
	start int
	n     int
}

func (r *Ring[T]) Push(v T) (evicted T, ok bool) {
	if r.n == len(r.buf) {
		evicted, ok = r.buf[r.start], true
		r.buf[r.start] = v
		r.start = (r.start + 1) % len(r.buf)
		return
	}
	r.buf[(r.start+r.n)%len(r.buf)] = v
	r.n++
	return
}

func (r *Ring[T]) Slice() []T {
	out := make([]T, r.n)
	for i := range out {
		out[i] = r.buf[(r.start+i)%len(r.buf)]
	}
	return out
}

type Names []string
type Scores map[string]int

type Employee struct {
	Name string
	Dept string
	Pay  int
}

func main() {
	ns := Names{"kim", "al", "bo", "al", "al", "cy"}
	c := Clone(ns)
	c[0] = "KIM"
	fmt.Printf("%T %v %v %d %d\n", c, ns, c, Index(ns, "bo"), Index(ns, "zed"))
	fmt.Println(Compact(Sorted(ns)), Insert(ns[:2], 1, "x", "y"), ns)
	var nilNames Names
	fmt.Println(Clone(nilNames) == nil, len(Insert(nilNames, 0, "only")))
	sc := Scores{"kim": 3, "al": 9, "bo": 1}
	ks := Keys(sc)
	sort.Strings(ks)
	fmt.Println(ks, Values(sc))
	emps := []Employee{{"ann", "eng", 120}, {"bob", "ops", 90}, {"cat", "eng", 150}, {"dan", "ops", 95}, {"eve", "hr", 70}}
	SortFunc(emps, func(a, b Employee) bool { return a.Pay > b.Pay })
	groups := GroupBy(emps, func(e Employee) string { return e.Dept })
	depts := Keys(groups)
	sort.Strings(depts)
	for _, d := range depts {
		var names []string
		total := 0
		for _, e := range groups[d] {
			names = append(names, e.Name)
			total += e.Pay
		}
		fmt.Printf("%-4s %-10s %d\n", d, strings.Join(names, ","), total)
	}
	var r Ring[string]
	for _, w := range strings.Fields("a b c d e f") {
		if ev, ok := r.Push(w); ok {
			fmt.Print("evict ", ev, "; ")
		}
	}
	fmt.Println(r.Slice())
	var rf Ring[float64]
	rf.Push(1.5)
	fmt.Println(rf.Slice(), len(rf.buf))
	byLen := GroupBy(strings.Fields("go is a fun language to use"), func(s string) int { return len(s) })
	lens := Keys(byLen)
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Print(l, byLen[l], " ")
	}
	fmt.Println()
}
