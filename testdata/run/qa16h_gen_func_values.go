package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)   { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int   { return len(s.items) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

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

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

type Named struct {
	Stack[string]
	name string
}

func apply[T any](fs []func(T), v T) {
	for _, f := range fs {
		f(v)
	}
}

func main() {
	var s Stack[int]
	push := s.Push // method value of an instance
	for i := 1; i <= 5; i++ {
		push(i * i)
	}
	pop := (*Stack[int]).Pop
	v, ok := pop(&s)
	fmt.Println(v, ok, s.Len())

	itoa := Map[int, string]
	strs := itoa(s.items, strconv.Itoa)
	fmt.Println(strs, strings.Join(strs, "+"))
	even := Filter(s.items, func(x int) bool { return x%2 == 0 })
	fmt.Println(even)
	total := Reduce(s.items, 0.5, func(a float64, x int) float64 { return a + float64(x) })
	fmt.Println(total)
	lenOfUpper := Compose(strings.ToUpper, func(s string) int { return len(s) })
	fmt.Println(lenOfUpper("héllo"))
	parse := Compose(strings.TrimSpace, func(s string) int { n, _ := strconv.Atoi(s); return n })
	fmt.Println(Map([]string{" 1", "2 ", " x "}, parse))

	n := &Named{name: "words"}
	n.Push("a")
	n.Push("b")
	np := n.Pop
	w, _ := np()
	fmt.Println(w, n.Len(), n.name)

	var log []string
	rec := func(prefix string) func(int) {
		return func(v int) { log = append(log, prefix+strconv.Itoa(v)) }
	}
	apply([]func(int){rec("a"), rec("b"), s.Push}, 7)
	fmt.Println(log, s.items)
	counts := Reduce(strings.Fields("a b a c b a"), map[string]int{}, func(m map[string]int, w string) map[string]int {
		m[w]++
		return m
	})
	fmt.Println(counts)
}
