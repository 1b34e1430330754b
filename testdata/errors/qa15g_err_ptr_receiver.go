package main

import "fmt"

type Shape interface {
	Area() float64
	Scale(f float64)
}

type Square struct{ side float64 }

func (s *Square) Scale(f float64) { s.side *= f }
func (s Square) Area() float64    { return s.side * s.side }

type Circle struct{ r float64 }

func (c Circle) Area() float64 { return 3 * c.r * c.r }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Square{2}, &Square{3}, Circle{1}}
	var s Shape = Square{1}
	fmt.Println(total(shapes), s)
	Square{4}.Scale(2)
}
