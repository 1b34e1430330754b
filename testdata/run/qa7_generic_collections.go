// Generic helpers a project grows over time: Map/Filter/Reduce over
// slices, a Stack[T], a Set[T] on a map, and Keys sorted with a less func.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }

func SortedKeys[K comparable, V any](m map[K]V, less func(a, b K) bool) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return less(keys[i], keys[j]) })
	return keys
}

type point struct{ x, y int }

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	sum := Reduce(squares, 0, func(a, n int) int { return a + n })
	fmt.Println(evens, squares, sum)

	words := strings.Fields("go is fun and go is fast")
	lens := Map(words, func(s string) int { return len(s) })
	joined := Reduce(words, "", func(a string, w string) string { return a + strings.ToUpper(w[:1]) })
	fmt.Println(lens, joined)

	var st Stack[point]
	for i := 0; i < 3; i++ {
		st.Push(point{i, i * 2})
	}
	for {
		p, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(p, " ")
	}
	fmt.Println()

	ptrs := &Stack[*point]{}
	ptrs.Push(&point{9, 9})
	top, _ := ptrs.Pop()
	fmt.Println(*top)

	seen := Set[string]{}
	var dups []string
	for _, w := range words {
		if seen.Has(w) {
			dups = append(dups, w)
		}
		seen.Add(w)
	}
	fmt.Println(dups, len(seen))

	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	keys := SortedKeys(freq, func(a, b string) bool {
		if freq[a] != freq[b] {
			return freq[a] > freq[b]
		}
		return a < b
	})
	fmt.Println(keys)
}
