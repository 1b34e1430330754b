package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Shape interface {
	Area() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Named interface {
	Shape
	Name() string
}

func check(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", label, r)
		}
	}()
	f()
}

func main() {
	var sh Shape = Square{2}
	check("concrete wrong type", func() { _ = sh.(*Circle) })
	check("value vs pointer", func() { _ = sh.(*Square) })
	check("missing method", func() { _ = sh.(Named) })
	var empty interface{} = 42
	check("int to string", func() { _ = empty.(string) })
	check("int to Shape", func() { _ = empty.(Shape) })
	var nilShape Shape
	check("nil to concrete", func() { _ = nilShape.(Square) })
	check("nil to iface", func() { _ = nilShape.(fmt.Stringer) })
	var r io.Reader = strings.NewReader("x")
	check("reader to writer", func() { _ = r.(io.Writer) })
	check("reader to concrete", func() { _ = r.(*bytes.Reader) })
	type local struct{ a int }
	var lv interface{} = local{1}
	check("local type", func() { _ = lv.(struct{ a int }) })
	var fn interface{} = func(int) string { return "" }
	check("func type", func() { _ = fn.(func(int) int) })
	var sl interface{} = []Shape{}
	check("slice type", func() { _ = sl.([]Square) })
	var m interface{} = map[string][]int{}
	check("map type", func() { _ = m.(map[string]int) })
	var ch interface{} = make(chan<- int)
	check("chan dir", func() { _ = ch.(chan int) })

	if s, ok := sh.(Square); ok {
		fmt.Println("ok assert", s.Area())
	}
	c, ok := sh.(*Circle)
	fmt.Println(c, ok)
	var cp Shape = (*Circle)(nil)
	fmt.Println(cp != nil, cp.(*Circle) == nil)
	fmt.Println("uncaught:")
	var any2 interface{} = Square{3}
	n := any2.(Named)
	fmt.Println(n)
}
