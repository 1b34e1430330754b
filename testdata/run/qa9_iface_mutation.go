// An interface holding a value gets a copy; one holding a pointer shares.
// Which method sets satisfy which interface, and what a type switch sees.
package main

import "fmt"

type Resizer interface {
	Resize(factor int)
	Area() int
}

type Rect struct{ W, H int }

func (r *Rect) Resize(f int) { r.W *= f; r.H *= f }
func (r Rect) Area() int     { return r.W * r.H }

type Areaer interface{ Area() int }

type Square struct{ S int }

func (s Square) Area() int     { return s.S * s.S }
func (s *Square) Resize(f int) { s.S *= f }

func grow(r Resizer) int {
	r.Resize(2)
	return r.Area()
}

func classify(v interface{}) string {
	switch x := v.(type) {
	case *Rect:
		return fmt.Sprintf("*Rect %dx%d", x.W, x.H)
	case Rect:
		return fmt.Sprintf("Rect %dx%d", x.W, x.H)
	case Resizer:
		return fmt.Sprintf("Resizer area %d", x.Area())
	case Areaer:
		return fmt.Sprintf("Areaer area %d", x.Area())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	r := Rect{2, 3}
	var a Areaer = r // copy
	r.W = 10
	fmt.Println(a.Area(), r.Area())

	var p Areaer = &r // shares
	r.H = 1
	fmt.Println(p.Area())

	fmt.Println(grow(&r), r)
	sq := Square{3}
	fmt.Println(grow(&sq), sq.S)

	items := []interface{}{r, &r, sq, &sq, 42, "x"}
	for _, it := range items {
		fmt.Println(classify(it))
	}
	var shapes []Areaer
	for i := 1; i <= 3; i++ {
		shapes = append(shapes, Square{i}, &Rect{i, i + 1})
	}
	sum := 0
	for _, s := range shapes {
		sum += s.Area()
	}
	fmt.Println("sum", sum)
	var nilRect *Rect
	var ar Areaer = nilRect
	fmt.Println(ar == nil, ar != nil)
}
