package main

import "fmt"

// A method expression of a type parameter (T.M) used as a value: gc's
// stenciler reads the method's closure from the instance's dictionary,
// typed func(T, ...) with T's shape.

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Sq struct{ s float64 }

func (q Sq) Area() float64           { return q.s * q.s }
func (q Sq) Scale(f float64) Shape   { return Sq{q.s * f} }

type Circ struct{ r float64 }

func (c *Circ) Area() float64         { return 3 * c.r * c.r }
func (c *Circ) Scale(f float64) Shape { return &Circ{c.r * f} }

func Areas[T Shape](xs []T) []float64 {
	area := T.Area
	out := make([]float64, 0, len(xs))
	for _, x := range xs {
		out = append(out, area(x))
	}
	return out
}

func ScaleAll[T Shape](xs []T, f float64) []Shape {
	scale := T.Scale
	var out []Shape
	for _, x := range xs {
		out = append(out, scale(x, f))
	}
	return out
}

func Apply[T Shape](x T) float64 {
	return T.Area(x)
}

func main() {
	fmt.Println(Areas([]Sq{{1}, {2}}), Areas([]*Circ{{1}}))
	for _, s := range ScaleAll([]Sq{{1}, {3}}, 2) {
		fmt.Println(s.Area())
	}
	fmt.Println(Apply(Sq{5}), Apply(&Circ{2}))
}
