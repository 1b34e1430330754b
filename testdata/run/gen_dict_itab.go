// A type argument converted to a non-empty interface inside generic code
// takes an itab from the dictionary, which gc writes while it stencils:
// the method wrappers of the type (and of the interface) are generated
// then, so the inliner reports them ("can inline (*Num).String") after the
// package's functions; a generic type's methods always get wrappers that
// pass their dictionary (By[main.city].Len).
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Describer interface {
	Describe() string
}

type Num int

func (n Num) Describe() string { return "num" }

type Word string

func (w Word) Describe() string { return "word " + string(w) }

type Code struct{ C int }

func (c *Code) Describe() string { return fmt.Sprint("code ", c.C) }

func All[T Describer](xs []T) []Describer {
	out := make([]Describer, 0, len(xs))
	for _, x := range xs {
		var d Describer = x
		out = append(out, d)
	}
	return out
}

type ErrOf[T any] struct{ V T }

func (e ErrOf[T]) Error() string { return fmt.Sprint("bad value ", e.V) }

func Check[T comparable](v, bad T) error {
	if v == bad {
		return ErrOf[T]{v}
	}
	return nil
}

type By[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (b By[T]) Len() int           { return len(b.xs) }
func (b By[T]) Less(i, j int) bool { return b.less(b.xs[i], b.xs[j]) }
func (b By[T]) Swap(i, j int)      { b.xs[i], b.xs[j] = b.xs[j], b.xs[i] }

func SortBy[T any](xs []T, less func(a, b T) bool) {
	sort.Sort(By[T]{xs, less})
}

type city struct {
	name string
	pop  int
}

func main() {
	for _, d := range All([]Num{1, 2}) {
		fmt.Println(d.Describe())
	}
	for _, d := range All([]Word{"a"}) {
		fmt.Println(d.Describe())
	}
	for _, d := range All([]*Code{{7}}) {
		fmt.Println(d.Describe())
	}
	err := Check(3, 3)
	var e ErrOf[int]
	fmt.Println(err, errors.As(err, &e), e.V, Check("a", "b"))
	cs := []city{{"b", 2}, {"a", 3}, {"c", 1}}
	SortBy(cs, func(x, y city) bool { return x.pop < y.pop })
	fmt.Println(cs)
	ws := []string{"q", "b", "k"}
	SortBy(ws, func(x, y string) bool { return x < y })
	fmt.Println(ws)
}
