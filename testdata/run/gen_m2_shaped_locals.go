package main

import "fmt"

// The named locals of an instance's body whose types have shapes
// (v Visit[go.shape.int_0]) are in gc's debug information (location
// lists name every variable SSA tracks), so those types' descriptors are
// written, and an interface's I.M wrappers with them; a blank `var _`
// is no variable.  A pointer shape (go.shape.*uint8_0) points to uint8:
// writing it writes nothing of the type it stands for.

type Seq[a any] interface{ Len() int }

type Node[a any] struct {
	Head a
	Tail Seq[a]
}

func (n Node[a]) Len() int { return 1 }

type Visit[a any] interface{ On(n Node[a]) a }

type sum[a any] struct{ z a }

func (s sum[a]) On(n Node[a]) a { return n.Head }

func Walk[a any](s Seq[a], z a) a {
	var v Visit[a] = sum[a]{z}
	if n, ok := s.(Node[a]); ok {
		return v.On(n)
	}
	return z
}

type Iterator[T any] interface{ Iterate(fn T) }

type IteratorFunc[T any] func(fn T)

func (f IteratorFunc[T]) Iterate(fn T) { f(fn) }

func check[R any]() {
	var _ Iterator[R] = IteratorFunc[R](nil)
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Len() int { return len(s.items) }

func main() {
	fmt.Println(Walk[int](Node[int]{1, nil}, 0), Walk[string](Node[string]{}, "z"))
	check[int]()
	var ss Stack[*Stack[float64]]
	inner := &Stack[float64]{}
	inner.Push(1.5)
	ss.Push(inner)
	fmt.Println(ss.Len(), ss.items[0].Len())
}
