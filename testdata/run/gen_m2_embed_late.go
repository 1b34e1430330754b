package main

import "fmt"

// A non-generic type embedding an instance of a generic type: gc writes
// its promoted wrappers (for the itab of the conversion in main) before
// the embedded instance's own wrapper, which passes the dictionary, so
// the promoted wrappers' calls see no parameter tags (-m=2: .this leaks
// with derefs=1 through .this.Store, not 2).

type Store[T any] struct{ items []T }

func (s *Store[T]) Add(x T) { s.items = append(s.items, x) }

func (s *Store[T]) Len() int { return len(s.items) }

type Shelf struct {
	*Store[string]
	label string
}

type Adder interface {
	Add(string)
	Len() int
}

func fill(a Adder, xs ...string) {
	for _, x := range xs {
		a.Add(x)
	}
}

func main() {
	s := Shelf{&Store[string]{}, "s"}
	var adder interface{ Add(string) } = s
	adder.Add("pen")
	fill(&s, "ink", "paper")
	fmt.Println(s.label, s.Len(), s.items)
}
