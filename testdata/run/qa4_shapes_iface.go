// Interfaces in practice: a shape hierarchy with embedded interfaces,
// value vs pointer receivers and method sets, type switches with multiple
// types per case, interface holding nil pointers, comparable interfaces
// as map keys, Stringer precedence in fmt and sorting through sort.Interface.
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

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Name() string {
	if c == nil {
		return "nil circle"
	}
	return "circle"
}
func (c *Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func (s Square) Name() string { return "square" }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case NamedShape:
		return fmt.Sprintf("named shape %s area %.2f", x.Name(), x.Area())
	case Shape:
		return fmt.Sprintf("anonymous shape, perimeter %.2f", x.Perimeter())
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("ints ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Triangle{3, 4, 5}, Square{Rect{2, 2}}, &Circle{0.5}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		name := "?"
		if n, ok := s.(Named); ok {
			name = n.Name()
		}
		fmt.Printf("%-8s %-22v area=%6.3f perim=%6.3f\n", name, s, s.Area(), s.Perimeter())
	}
	fmt.Println(sort.IsSorted(byArea(shapes)))
	sort.Sort(sort.Reverse(byArea(shapes)))
	fmt.Printf("%T first after reverse\n", shapes[0])

	for _, v := range []interface{}{nil, 3, int64(4), "héllo", Rect{1, 2}, Triangle{2, 2, 2}, &Circle{2},
		fmt.Errorf("oops"), []int{1, 2}, map[string]int{}, Square{}, struct{}{}} {
		fmt.Println(describe(v))
	}

	var c *Circle
	var n Named = c
	fmt.Println(n == nil, n.Name(), c == nil)
	var s Shape
	fmt.Println(s == nil, describe(s))

	counts := map[interface{}]int{}
	for _, k := range []interface{}{1, "1", 1.0, Rect{1, 1}, Rect{1, 1}, [2]int{1, 2}, true, 1} {
		counts[k]++
	}
	keys := make([]string, 0, len(counts))
	for k, v := range counts {
		keys = append(keys, fmt.Sprintf("%T:%v=%d", k, k, v))
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, " "))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		counts[[]int{1}]++
	}()

	var a, b interface{} = Rect{1, 2}, Rect{1, 2}
	fmt.Println(a == b, a != Rect{2, 1})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var x, y interface{} = []int{1}, []int{1}
		fmt.Println(x == y)
	}()

	var sq Square
	var ns NamedShape = sq
	fmt.Println(ns.Name(), ns.(Square).Rect.Name(), ns.Area())
	_, isPtr := ns.(*Square)
	fmt.Println(isPtr)
	var shape Shape = &Circle{3}
	if str, ok := shape.(fmt.Stringer); ok {
		fmt.Println("stringer:", str)
	}
	fmt.Printf("%v %s %+v %d\n", shape, shape, Rect{1, 2}, Rect{5, 6})
}
