package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r *Rect) Area() float64     { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3.14 * c.R * c.R }

func main() {
	var s Shape = Rect{1, 2}
	var t Shape = Circle{1}
	shapes := []Shape{&Rect{1, 1}, Circle{2}}
	fmt.Println(s, t, shapes)
	Rect{1, 2}.Area()
}
