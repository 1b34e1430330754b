// Map type parameters (M ~map[K]V) and slice type parameters (S ~[]E):
// len, range, make, delete, append and copy on them; GroupBy, CountBy,
// Merge with a conflict func, Clone keeping the named map type, Chunk
// and Compact keeping the named slice type; output sorted for printing.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func GroupBy[S ~[]E, E any, K comparable](s S, key func(E) K) map[K]S {
	g := make(map[K]S)
	for _, e := range s {
		k := key(e)
		g[k] = append(g[k], e)
	}
	return g
}

func CountBy[E any, K comparable](s []E, key func(E) K) map[K]int {
	m := map[K]int{}
	for _, e := range s {
		m[key(e)]++
	}
	return m
}

func Clone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return nil
	}
	r := make(M, len(m))
	for k, v := range m {
		r[k] = v
	}
	return r
}

func MergeWith[M ~map[K]V, K comparable, V any](dst, src M, conflict func(a, b V) V) M {
	for k, v := range src {
		if old, ok := dst[k]; ok {
			v = conflict(old, v)
		}
		dst[k] = v
	}
	return dst
}

func DeleteIf[M ~map[K]V, K comparable, V any](m M, pred func(K, V) bool) int {
	n := 0
	for k, v := range m {
		if pred(k, v) {
			delete(m, k)
			n++
		}
	}
	return n
}

func Chunk[S ~[]E, E any](s S, size int) []S {
	var out []S
	for len(s) > size {
		out = append(out, s[:size:size])
		s = s[size:]
	}
	if len(s) > 0 {
		out = append(out, s)
	}
	return out
}

func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	w := 1
	for r := 1; r < len(s); r++ {
		if s[r] != s[w-1] {
			s[w] = s[r]
			w++
		}
	}
	return s[:w]
}

func CloneSlice[S ~[]E, E any](s S) S {
	return append(S(nil), s...)
}

func Insert[S ~[]E, E any](s S, i int, vs ...E) S {
	n := len(s) + len(vs)
	if n > cap(s) {
		ns := make(S, n, n*2)
		copy(ns, s[:i])
		copy(ns[i+len(vs):], s[i:])
		copy(ns[i:], vs)
		return ns
	}
	s = s[:n]
	copy(s[i+len(vs):], s[i:])
	copy(s[i:], vs)
	return s
}

func SortedString[K comparable, V any](m map[K]V) string {
	parts := make([]string, 0, len(m))
	for k, v := range m {
		parts = append(parts, fmt.Sprintf("%v=%v", k, v))
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, " ") + "}"
}

type Inventory map[string]int
type Words []string

func main() {
	words := Words(strings.Fields("apple avocado banana blueberry cherry apricot beet corn"))
	byFirst := GroupBy(words, func(w string) byte { return w[0] })
	fmt.Println(SortedString(byFirst))
	fmt.Printf("%T\n", byFirst)
	byLen := CountBy(words, func(w string) int { return len(w) })
	fmt.Println(SortedString(byLen))

	inv := Inventory{"bolts": 10, "nuts": 4}
	cp := Clone(inv)
	cp["nuts"] = 0
	fmt.Printf("%T %v %v\n", cp, SortedString(inv), SortedString(cp))
	var nilInv Inventory
	fmt.Println(Clone(nilInv) == nil)

	MergeWith(inv, Inventory{"nuts": 6, "washers": 100}, func(a, b int) int { return a + b })
	fmt.Println(SortedString(inv))
	removed := DeleteIf(inv, func(k string, v int) bool { return v >= 10 && k != "washers" })
	fmt.Println(removed, SortedString(inv))

	nums := []int{1, 2, 3, 4, 5, 6, 7}
	chunks := Chunk(nums, 3)
	fmt.Println(chunks, len(chunks), cap(chunks[0]))
	chunks[0] = append(chunks[0], 99) // capacity-limited: nums untouched
	fmt.Println(nums)
	fmt.Printf("%T\n", Chunk(words, 5))

	dup := Words{"a", "a", "b", "b", "b", "a", "c", "c"}
	fmt.Println(Compact(dup), len(dup))
	fmt.Printf("%T\n", Compact(dup))

	orig := []int{1, 2, 3}
	c2 := CloneSlice(orig)
	c2[0] = 100
	fmt.Println(orig, c2, CloneSlice([]int(nil)) == nil)

	s := make([]int, 3, 10)
	s = Insert(s, 1, 7, 8)
	fmt.Println(s, len(s), cap(s))
	s = Insert(s[:2:2], 2, 5)
	fmt.Println(s, len(s), cap(s))
	ws := Insert(Words{"x", "z"}, 1, "y")
	fmt.Printf("%v %T\n", ws, ws)
}
