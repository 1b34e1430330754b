package main

import (
	"fmt"
	"io"
	"strings"
)

type Shape interface {
	Area() float64
}

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64  { return s.S * s.S }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Named interface {
	Shape
	Name() string
}

func main() {
	shapes := []Shape{Square{2}, &Circle{1}, nil}
	for _, s := range shapes {
		if sq, ok := s.(Square); ok {
			fmt.Println("square", sq.S)
		} else if c, ok := s.(*Circle); ok {
			fmt.Println("circle", c.R)
		} else {
			fmt.Printf("other %T\n", s)
		}
	}
	var r io.Reader = strings.NewReader("x")
	_, isWriter := r.(io.Writer)
	fmt.Println("reader is writer:", isWriter)
	try := func(f func()) {
		defer func() { fmt.Println("recovered:", recover()) }()
		f()
	}
	try(func() { _ = shapes[0].(*Circle) })
	try(func() { _ = shapes[2].(Square) })
	try(func() { _ = shapes[1].(Named) })
	try(func() { var e interface{} = 42; _ = e.(string) })
	try(func() { var e interface{} = r; _ = e.(io.WriterTo).(io.Closer) })
	var any interface{} = Square{3}
	n := any.(Named)
	fmt.Println(n.Name())
}
