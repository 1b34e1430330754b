package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }
func (s Square) Name() string   { return "square" }

func nameOf(s Shape) string {
	if n, ok := s.(Named); ok {
		return n.Name()
	}
	return fmt.Sprintf("%T", s)
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%g", v.R)
	case Square:
		return fmt.Sprintf("square side=%g", v.W)
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case *Triangle:
		return fmt.Sprintf("triangle %v", *v)
	case nil:
		return "nil shape"
	default:
		return "unknown"
	}
}

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{
		Circle{1.5},
		Rect{3, 4},
		&Triangle{3, 4, 5},
		NewSquare(2),
		Circle{0.5},
	}
	sort.Sort(ByArea(shapes))
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%-8s %-22s area=%7.3f perim=%7.3f\n", nameOf(s), describe(s), s.Area(), s.Perimeter())
	}
	fmt.Printf("total area %.4f\n", total)

	var ns []NamedShape
	for _, s := range shapes {
		if n, ok := s.(NamedShape); ok {
			ns = append(ns, n)
		}
	}
	names := make([]string, len(ns))
	for i, n := range ns {
		names[i] = strings.ToUpper(n.Name())
	}
	fmt.Println(len(ns), strings.Join(names, ","))

	var s Shape
	fmt.Println(describe(s), s == nil)
	var t *Triangle
	s = t
	fmt.Println(s == nil, s != nil, nameOf(s))
	c1, c2 := Shape(Circle{1}), Shape(Circle{1})
	fmt.Println(c1 == c2, c1 == Shape(Circle{2}), Shape(NewSquare(1)) == Shape(Square{Rect{1, 1}}))
	_, isRect := Shape(NewSquare(1)).(Rect)
	fmt.Println("square is Rect:", isRect)
	fmt.Println(math.Floor(total), math.Ceil(-1.5), math.Max(3, 7), math.Abs(-2.5), math.Hypot(3, 4), math.Inf(1), -math.MaxFloat64)
}
