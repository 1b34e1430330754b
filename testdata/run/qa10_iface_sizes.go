// Interfaces holding small and large values: ints, bools, small structs,
// big arrays, pointers; and type switches over them.
package main

import (
	"fmt"
	"strings"
)

type Small struct{ A, B int16 }

type Big struct {
	Data [16]int64
	Name string
}

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Square float64
type Poly struct {
	Pts  [8][2]float64
	Kind string
}

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string      { return "rect" }
func (s Square) Area() float64  { return float64(s * s) }
func (s Square) Name() string    { return "square" }
func (p *Poly) Area() float64 {
	a := 0.0
	n := len(p.Pts)
	for i := 0; i < n; i++ {
		j := (i + 1) % n
		a += p.Pts[i][0]*p.Pts[j][1] - p.Pts[j][0]*p.Pts[i][1]
	}
	if a < 0 {
		a = -a
	}
	return a / 2
}
func (p *Poly) Name() string { return p.Kind }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x)
	case bool:
		return fmt.Sprintf("bool %t", x)
	case Small:
		return fmt.Sprintf("small %d", x.A+x.B)
	case Big:
		return fmt.Sprintf("big %s %d", x.Name, x.Data[15])
	case *Big:
		x.Data[0]++
		return fmt.Sprintf("*big %s %d", x.Name, x.Data[0])
	case string:
		return "string " + strings.ToUpper(x)
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func totalArea(shapes []Shape) (sum float64, names []string) {
	for _, s := range shapes {
		sum += s.Area()
		names = append(names, s.Name())
	}
	return
}

func main() {
	var b Big
	b.Name = "b"
	for i := range b.Data {
		b.Data[i] = int64(i * i)
	}
	vals := []interface{}{nil, 7, true, Small{3, 4}, b, &b, "go", fmt.Errorf("e%d", 1), 2.5, []int{1}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	fmt.Println(b.Data[0])

	oct := &Poly{Kind: "octagon"}
	for i := 0; i < 8; i++ {
		dx := []float64{1, 2, 2, 1, -1, -2, -2, -1}
		dy := []float64{2, 1, -1, -2, -2, -1, 1, 2}
		oct.Pts[i] = [2]float64{dx[i], dy[i]}
	}
	shapes := []Shape{Rect{2, 3}, Square(4), oct}
	sum, names := totalArea(shapes)
	fmt.Println(sum, names)
	var s Shape = Square(1.5)
	if sq, ok := s.(Square); ok {
		fmt.Println("square side", float64(sq))
	}
	_, isRect := s.(Rect)
	fmt.Println(isRect)
}
