// Generic data structures: Stack[T] backed by a slice and Pool[T], a
// typed free list with a constructor and a reset hook.
package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func NewStack[T any](capacity int) *Stack[T] {
	return &Stack[T]{items: make([]T, 0, capacity)}
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items[len(s.items)-1] = zero
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Pool[T any] struct {
	free  []*T
	newFn func() *T
	reset func(*T)
	made  int
}

func NewPool[T any](newFn func() *T, reset func(*T)) *Pool[T] {
	return &Pool[T]{newFn: newFn, reset: reset}
}

func (p *Pool[T]) Get() *T {
	if n := len(p.free); n > 0 {
		v := p.free[n-1]
		p.free = p.free[:n-1]
		return v
	}
	p.made++
	return p.newFn()
}

func (p *Pool[T]) Put(v *T) {
	if p.reset != nil {
		p.reset(v)
	}
	p.free = append(p.free, v)
}

type Frame struct {
	Fn   string
	Vars map[string]int
}

func balanced(s string) bool {
	st := NewStack[rune](len(s))
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, c := range s {
		switch c {
		case '(', '[', '{':
			st.Push(c)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[c] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	for _, s := range []string{"(a[b]{c})", "(]", "((", ""} {
		fmt.Printf("%q %v\n", s, balanced(s))
	}
	frames := NewPool(func() *Frame { return &Frame{Vars: map[string]int{}} },
		func(f *Frame) {
			f.Fn = ""
			for k := range f.Vars {
				delete(f.Vars, k)
			}
		})
	calls := NewStack[*Frame](4)
	for _, fn := range []string{"main", "run", "step"} {
		f := frames.Get()
		f.Fn = fn
		f.Vars["depth"] = calls.Len()
		calls.Push(f)
	}
	var trace []string
	for calls.Len() > 0 {
		f, _ := calls.Pop()
		trace = append(trace, fmt.Sprintf("%s@%d", f.Fn, f.Vars["depth"]))
		frames.Put(f)
	}
	fmt.Println(strings.Join(trace, " <- "))
	f := frames.Get()
	fmt.Println(f.Fn == "", len(f.Vars), frames.made, len(frames.free))
	words := NewStack[string](0)
	words.Push("x")
	top, _ := words.Peek()
	_, ok := NewStack[float64](1).Pop()
	fmt.Println(top, ok)
}
