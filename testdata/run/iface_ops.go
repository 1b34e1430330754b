package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}
type Named interface{ Name() string }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string " + v
	case Shape:
		return fmt.Sprintf("shape %s %.1f", v.Name(), v.Area())
	case error:
		return "error " + v.Error()
	case []int:
		return fmt.Sprint("slice ", len(v))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
		n, ok := s.(Named)
		fmt.Println(n.Name(), ok)
		_, isRect := s.(Rect)
		fmt.Println("rect?", isRect)
	}
	fmt.Println(describe(nil), describe(3), describe(int64(4)), describe("s"))
	fmt.Println(describe(Rect{1, 1}), describe(&Circle{2}), describe([]int{1}))
	fmt.Println(describe(fmt.Errorf("e")), describe(3.5), describe(Circle{1}))
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a != 2, interface{}("x") == "x")
	var s1, s2 Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println(s1 == s2, s1 != shapes[1])
	var e error
	fmt.Println(e == nil)
	var pc *Circle
	var sh Shape = pc
	fmt.Println(sh == nil, sh != nil)
	m := map[Shape]int{Rect{1, 1}: 1}
	m[Rect{1, 1}]++
	fmt.Println(m[Rect{1, 1}])
}
