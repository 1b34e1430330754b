package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64     { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string    { return fmt.Sprintf("Circle(%g)", c.R) }

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string of len " + fmt.Sprint(len(v))
	case fmt.Stringer:
		return "stringer " + v.String()
	case Shape:
		return fmt.Sprintf("shape %T area %.2f", v, v.Area())
	case error:
		return "error " + v.Error()
	case []int:
		return fmt.Sprint("slice ", len(v))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Square{Rect{2, 2}}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("total %.4f\n", total)
	for _, x := range []interface{}{nil, 1, int64(2), "hey", &Circle{2}, Rect{1, 1}, fmt.Errorf("bad"), []int{1}, 3.5, struct{}{}} {
		fmt.Println(describe(x))
	}
	var s Shape = Rect{1, 2}
	if r, ok := s.(Rect); ok {
		fmt.Println("rect", r.W)
	}
	_, ok := s.(*Circle)
	fmt.Println(ok)
	var sh Shape
	fmt.Println(sh == nil, s != nil)
	var cp *Circle
	sh = cp
	fmt.Println(sh == nil, sh != nil)
	fmt.Println(shapes[1])
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = s.(*Circle)
}
