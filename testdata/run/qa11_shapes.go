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

type Named interface {
	Shape
	fmt.Stringer
}

type base struct {
	name string
	id   int
}

func (b base) String() string { return fmt.Sprintf("%s#%d", b.name, b.id) }
func (b *base) Rename(n string) { b.name = n }

type Circle struct {
	base
	R float64
}

type Rect struct {
	*base
	W, H float64
}

type Square struct {
	Rect
}

type Polygon struct {
	base
	pts [][2]float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (s Square) String() string     { return "square:" + s.Rect.String() }

func (p *Polygon) Area() float64 {
	var a float64
	n := len(p.pts)
	for i := range p.pts {
		j := (i + 1) % n
		a += p.pts[i][0]*p.pts[j][1] - p.pts[j][0]*p.pts[i][1]
	}
	return math.Abs(a) / 2
}

func (p *Polygon) Perimeter() float64 {
	var s float64
	for i := range p.pts {
		j := (i + 1) % len(p.pts)
		s += math.Hypot(p.pts[j][0]-p.pts[i][0], p.pts[j][1]-p.pts[i][1])
	}
	return s
}

var nextID int

func newBase(name string) base {
	nextID++
	return base{name, nextID}
}

func NewCircle(r float64) *Circle { return &Circle{newBase("circle"), r} }
func NewRect(w, h float64) Rect {
	b := newBase("rect")
	return Rect{&b, w, h}
}
func NewSquare(s float64) Square { return Square{NewRect(s, s)} }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Renamer interface{ Rename(string) }

var ErrDegenerate = errors.New("degenerate shape")

func validate(s Shape) error {
	if s.Area() <= 0 {
		return fmt.Errorf("%v: %w", s, ErrDegenerate)
	}
	return nil
}

func describe(s Shape) string {
	var b strings.Builder
	switch v := s.(type) {
	case *Circle:
		fmt.Fprintf(&b, "circle r=%g", v.R)
	case Square:
		fmt.Fprintf(&b, "square side=%g", v.W)
	case Rect:
		fmt.Fprintf(&b, "rect %gx%g", v.W, v.H)
	case interface{ Vertices() int }:
		fmt.Fprintf(&b, "poly with %d vertices", v.Vertices())
	default:
		fmt.Fprintf(&b, "other %T", v)
	}
	fmt.Fprintf(&b, " area=%.2f perim=%.2f", s.Area(), s.Perimeter())
	if n, ok := s.(Named); ok {
		b.WriteString(" name=" + n.String())
	}
	return b.String()
}

func (p *Polygon) Vertices() int { return len(p.pts) }

func main() {
	shapes := []Shape{
		NewCircle(1),
		NewRect(3, 4),
		NewSquare(2),
		&Polygon{newBase("tri"), [][2]float64{{0, 0}, {4, 0}, {0, 3}}},
		NewRect(0, 5),
	}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%.2f ", s.Area())
	}
	fmt.Println()
	var errs []error
	for _, s := range shapes {
		if err := validate(s); err != nil {
			errs = append(errs, err)
		}
	}
	fmt.Println(len(errs), errs[0], errors.Is(errs[0], ErrDegenerate))
	renamed := 0
	for _, s := range shapes {
		if r, ok := s.(Renamer); ok {
			r.Rename("R")
			renamed++
		}
	}
	fmt.Println("renamed", renamed)
	for _, s := range shapes {
		if st, ok := s.(fmt.Stringer); ok {
			fmt.Print(st.String(), " ")
		}
	}
	fmt.Println()
	c := NewCircle(2)
	areaOf := c.Area
	c.R = 10
	fmt.Printf("%.2f %.2f\n", areaOf(), c.Area())
	var sh Shape = c
	perim := sh.Perimeter
	c.R = 1
	fmt.Printf("%.2f\n", perim())
	sq := NewSquare(3)
	sq.Rename("big")
	fmt.Println(sq, sq.Rect.base.name, sq.id)
	fmt.Printf("%v %+v\n", *c, base{"x", 1})
}
