// A generic struct type whose values gc compares with a generated
// function (an interface or string field) gets `can inline type..eq.T`
// when its descriptor is written while gc stencils: through an instance's
// dictionary (an itab), before *T's and T's own method wrappers.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Seq[a any] interface {
	Fold(f func(a, a) a, z a) a
}

type Node[a any] struct {
	Head a
	Tail Seq[a]
}

type End[a any] struct{}

func (n Node[a]) Fold(f func(a, a) a, z a) a { return f(n.Head, n.Tail.Fold(f, z)) }

func (End[a]) Fold(f func(a, a) a, z a) a { return z }

func Build[a any](xs ...a) Seq[a] {
	var s Seq[a] = End[a]{}
	for i := len(xs) - 1; i >= 0; i-- {
		s = Node[a]{xs[i], s}
	}
	return s
}

type Visit[a any] interface{ On(n Node[a]) a }

type sum[a any] struct{ z a }

func (s sum[a]) On(n Node[a]) a { return n.Head }

func Walk[a any](s Seq[a], z a) any {
	var v Visit[a] = sum[a]{z}
	if n, ok := s.(Node[a]); ok {
		return v.On(n)
	}
	return z
}

func main() {
	fmt.Println(Walk(Build(7, 8), 0), Walk(Build[int](), 5))
	s := Build(1, 2, 3)
	fmt.Println(s.Fold(func(x, y int) int { return x + y }, 0))
	t := Build("a", "b")
	fmt.Println(t.Fold(func(x, y string) string { return x + y }, "!"))
	n1, n2 := Node[int]{1, End[int]{}}, Node[int]{1, End[int]{}}
	fmt.Println(n1 == n2)
}
