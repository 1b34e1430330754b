package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (r Rect) Name() string        { return "rect" }
func (c *Circle) Area() float64    { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }
func (c *Circle) Name() string     { return "circle" }

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }
func (b *Base) SetID(i int)     { b.ID = i }

type Derived struct {
	Base
	Extra string
}

type Describer interface{ Describe() string }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(i int) error {
	if i < 0 {
		return &MyErr{i}
	}
	return nil
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		if n, ok := s.(Named); ok {
			fmt.Println(n.Name(), s.Perimeter())
		}
	}
	fmt.Println(total)
	d := Derived{Base{7}, "x"}
	d.SetID(9)
	var ds Describer = d
	fmt.Println(ds.Describe(), d.ID)
	var dp Describer = &d
	fmt.Println(dp.Describe())
	err := find(-3)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as", me.Code)
	}
	fmt.Println(err, find(1) == nil)
	var e2 error = find(2)
	fmt.Println(e2 == nil)
	var x interface{} = 3
	var y interface{} = 3
	var z interface{} = "3"
	fmt.Println(x == y, x == z, x != nil)
	fmt.Printf("%v %T\n", shapes[1].(*Circle).R, shapes[0])
}
