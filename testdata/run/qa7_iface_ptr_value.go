// Interfaces holding values vs pointers: shapes stored by value and by
// pointer, mutation through the interface, type switches, embedded
// interfaces and comparison of interface values.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Name() string
}

type Scaler interface {
	Scale(f float64)
}

type ScalableShape interface {
	Shape
	Scaler
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Side float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Name() string        { return "rect" }
func (c *Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c *Circle) Name() string     { return "circle" }
func (c *Circle) Scale(f float64)  { c.R *= f }
func (s Square) Area() float64     { return s.Side * s.Side }
func (s Square) Name() string      { return "square" }
func (s *Square) Scale(f float64)  { s.Side *= f }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case *Circle:
		return fmt.Sprintf("circle r=%g", v.R)
	case *Square:
		return fmt.Sprintf("square ptr side=%g", v.Side)
	case Square:
		return fmt.Sprintf("square val side=%g", v.Side)
	default:
		return "unknown"
	}
}

func scaleAll(shapes []Shape, f float64) int {
	n := 0
	for _, s := range shapes {
		if sc, ok := s.(Scaler); ok {
			sc.Scale(f)
			n++
		}
	}
	return n
}

func main() {
	c := &Circle{R: 1}
	sq := Square{Side: 2}
	shapes := []Shape{Rect{3, 4}, c, sq, &sq}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	fmt.Printf("total %.3f\n", total(shapes))
	fmt.Println("scaled", scaleAll(shapes, 2))
	fmt.Printf("total %.3f (sq.Side=%g, c.R=%g)\n", total(shapes), sq.Side, c.R)

	var ss ScalableShape = &Square{1}
	ss.Scale(3)
	fmt.Println(ss.Name(), ss.Area())

	var a, b Shape = Rect{1, 2}, Rect{1, 2}
	var p, q Shape = &Circle{1}, &Circle{1}
	fmt.Println(a == b, p == q, p == p)
	fmt.Printf("%T %T %v %+v\n", a, p, a, q)

	var nilCircle *Circle
	var s Shape = nilCircle
	fmt.Println(s != nil, s.Name())
}
