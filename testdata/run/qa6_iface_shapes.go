// Interfaces holding structs by value and by pointer: type switches,
// sort.Interface on a slice of interfaces, Stringer, comparing interface
// values, and a map keyed by an interface.
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

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64     { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string    { return fmt.Sprintf("Circle(%.1f)", c.R) }
func (r Rect) String() string       { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type byArea []Shape

func (s byArea) Len() int           { return len(s) }
func (s byArea) Less(i, j int) bool { return s[i].Area() < s[j].Area() }
func (s byArea) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func kind(s Shape) string {
	switch v := s.(type) {
	case Square:
		return "square side " + fmt.Sprint(v.W)
	case Rect:
		return "rect"
	case *Circle:
		return "circle r=" + fmt.Sprint(v.R)
	default:
		return "unknown"
	}
}

func total(shapes ...Shape) (a, p float64) {
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return
}

func names(shapes []Shape) string {
	var sb strings.Builder
	for i, s := range shapes {
		if i > 0 {
			sb.WriteString(", ")
		}
		if st, ok := s.(fmt.Stringer); ok {
			sb.WriteString(st.String())
		} else {
			sb.WriteString("?")
		}
	}
	return sb.String()
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Square{Rect{2, 2}}, &Circle{0.5}, Rect{1, 10}}
	for _, s := range shapes {
		fmt.Println(kind(s))
	}
	sort.Sort(byArea(shapes))
	fmt.Println(names(shapes))
	a, p := total(shapes...)
	fmt.Printf("area %.3f perimeter %.3f\n", a, p)

	var x, y Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println("equal rects:", x == y)
	c := &Circle{2}
	var u, v Shape = c, c
	fmt.Println("same circle:", u == v, u == Shape(&Circle{2}))

	seen := map[Shape]int{}
	for _, s := range []Shape{Rect{1, 1}, Rect{1, 1}, Square{Rect{1, 1}}, c, c} {
		seen[s]++
	}
	fmt.Println(len(seen), seen[Rect{1, 1}], seen[c])
}
