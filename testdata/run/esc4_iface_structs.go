// Interfaces holding structs: boxing a struct value, a pointer, a small
// integer; type switches and assertions; Stringer and error values.
package main

import (
	"errors"
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
type Square struct{ Side float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (s Square) Area() float64     { return s.Side * s.Side }
func (s Square) Perimeter() float64 { return 4 * s.Side }
func (s Square) String() string    { return fmt.Sprintf("Square(%g)", s.Side) }

func totalArea(shapes []Shape) float64 {
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
		return "circle r=" + fmt.Sprint(v.R)
	case fmt.Stringer:
		return v.String()
	default:
		return "unknown"
	}
}

func largest(shapes []Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

var ErrEmpty = errors.New("no shapes")

func first(shapes []Shape) (Shape, error) {
	if len(shapes) == 0 {
		return nil, ErrEmpty
	}
	return shapes[0], nil
}

func asAny(v int) interface{} {
	return v
}

func keys(m map[string]Shape) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Square{2}}
	fmt.Printf("%.2f\n", totalArea(shapes))
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	fmt.Println(describe(largest(shapes)))

	sort.Sort(byArea(shapes))
	var names []string
	for _, s := range shapes {
		names = append(names, describe(s))
	}
	fmt.Println(strings.Join(names, "; "))

	if _, err := first(nil); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrEmpty))
	}
	s, _ := first(shapes)
	if r, ok := s.(Rect); ok {
		fmt.Println("first is rect", r.W)
	} else {
		fmt.Println("first is", describe(s))
	}

	m := map[string]Shape{"r": Rect{1, 1}, "s": Square{3}}
	for _, k := range keys(m) {
		fmt.Println(k, m[k].Area())
	}

	local := Rect{2, 5}
	var sh Shape = local
	fmt.Println(sh.Perimeter())
	fmt.Println(asAny(7), asAny(300))
}
