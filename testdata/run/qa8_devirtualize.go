// Interface method calls and escape analysis: a pointer passed through an
// interface method leaks unless the compiler can see the concrete type
// (devirtualization after inlining).
package main

import "fmt"

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Scale(f float64) Shape {
	return Rect{r.W * f, r.H * f}
}

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Scale(f float64) Shape {
	return &Circle{c.R * f}
}

type Visitor interface {
	Visit(p *[4]int)
}

type summer struct{ total int }

func (s *summer) Visit(p *[4]int) {
	for _, v := range p {
		s.total += v
	}
}

func visitAll(v Visitor, data [][4]int) {
	for i := range data {
		v.Visit(&data[i])
	}
}

func totalArea(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func direct() float64 {
	var s Shape = Rect{2, 3}
	return s.Area() + s.Scale(2).Area()
}

func directPtr() float64 {
	var s Shape = &Circle{1}
	return s.Area()
}

func main() {
	shapes := []Shape{Rect{1, 2}, &Circle{2}, Rect{3, 3}.Scale(2)}
	fmt.Println(totalArea(shapes))
	fmt.Println(direct(), directPtr())

	var s summer
	visitAll(&s, [][4]int{{1, 2, 3, 4}, {5, 6, 7, 8}})
	fmt.Println(s.total)

	local := [4]int{10, 20, 30, 40}
	var v Visitor = &s
	v.Visit(&local)
	fmt.Println(s.total)

	for _, sh := range shapes {
		switch x := sh.(type) {
		case Rect:
			fmt.Printf("rect %.0fx%.0f\n", x.W, x.H)
		case *Circle:
			fmt.Printf("circle r=%.0f\n", x.R)
		}
	}
}
