// Conversions of a type argument's value to an interface go through the
// dictionary in gc (printed unsafe.Pointer(x)) and cost the inliner 5 more
// nodes than a plain conversion: Total is not inlinable, Wrap costs 17;
// a type argument's value compared with an interface is converted too.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }
type Ci struct{ r float64 }
type Tri struct{ b, h int }

func (s Sq) Area() float64  { return s.s * s.s }
func (c Ci) Area() float64  { return 3 * c.r * c.r }
func (t Tri) Area() float64 { return float64(t.b*t.h) / 2 }

func Total[T Shape](xs []T) float64 {
	var sum float64
	for _, x := range xs {
		var s Shape = x
		sum += s.Area()
	}
	return sum
}

func Largest[T Shape](xs ...T) Shape {
	var best Shape
	for _, x := range xs {
		if best == nil || x.Area() > best.Area() {
			best = x
		}
	}
	return best
}

func Wrap[T Shape](x T) []Shape { return []Shape{x, x} }

func Both[A, B Shape](a A, b B) float64 { return Total([]A{a}) + Total([]B{b}) }

func main() {
	fmt.Println(Total([]Ci{{1}}), Largest(Tri{2, 3}, Tri{4, 4}).Area())
	fmt.Println(Both(Sq{2}, Tri{1, 1}), len(Wrap(Ci{2})))
	fmt.Println(Total([]Sq{{1}, {2}}))
}

func Is[T comparable](x T, s any) bool { return s == x }

func IsShape[T interface {
	comparable
	Shape
}](x T, s Shape) bool {
	return x != s
}

func init() {
	fmt.Println(Is(Sq{1}, Sq{1}), Is(Ci{2}, Sq{2}), Is(Tri{1, 2}, Tri{1, 2}), IsShape(Ci{1}, Ci{1}))
}
