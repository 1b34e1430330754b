// Method values of generic types stored in maps and slices: bound to one
// receiver, called later; method expressions of instances as table entries.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stack[T any] struct {
	items []T
	pops  int
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	s.pops++
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Ops[T any] struct {
	push func(T)
	pop  func() (T, bool)
	size func() int
}

func bindOps[T any](s *Stack[T]) Ops[T] {
	return Ops[T]{push: s.Push, pop: s.Pop, size: s.Len}
}

func drain[T any](o Ops[T]) []T {
	var out []T
	for {
		v, ok := o.pop()
		if !ok {
			return out
		}
		out = append(out, v)
	}
}

func main() {
	var si Stack[int]
	ops := bindOps(&si)
	for i := 1; i <= 4; i++ {
		ops.push(i * i)
	}
	fmt.Println(ops.size(), si.Len()) // size was bound to a copy of si
	fmt.Println(drain(ops), si.pops)

	stacks := map[string]*Stack[string]{"a": {}, "b": {}}
	pushers := map[string]func(string){}
	for name, st := range stacks {
		pushers[name] = st.Push
	}
	for _, w := range strings.Fields("x y z w") {
		key := "a"
		if w > "x" {
			key = "b"
		}
		pushers[key](w)
	}
	names := make([]string, 0, len(stacks))
	for n := range stacks {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, stacks[n].items)
	}

	popExpr := (*Stack[string]).Pop
	lenExpr := Stack[string].Len
	v, ok := popExpr(stacks["b"])
	fmt.Println(v, ok, lenExpr(*stacks["b"]))
	table := []func(*Stack[float64], float64){(*Stack[float64]).Push, func(s *Stack[float64], f float64) { s.Push(f * 2) }}
	var sf Stack[float64]
	for i, f := range table {
		f(&sf, float64(i)+0.5)
	}
	fmt.Println(sf.items)
}
