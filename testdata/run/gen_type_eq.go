// An itab in an instance's dictionary makes gc write the type's
// descriptor while it stencils, and with it the type's generated
// equality function when the type needs one (floats, padding, nested
// such structs, small float arrays): "can inline type..eq.main.T" among
// the dictionary's wrappers.  Types compared as memory, with a single
// field, or whose equality calls the runtime (strings, interfaces, long
// memory runs) print nothing at -m.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Pt struct{ X, Y float64 }           // two floats
type Flag struct {                       // padding after ok
	ok bool
	n  int
}
type Box struct {                        // a nested special struct and a float
	min Pt
	w   float64
}
type Tri [3]float32                      // a small float array
type Sq struct{ s float64 }              // one field: the float's own equality
type Grid struct{ w, h int }             // plain memory
type Named struct {                      // a string: runtime call
	name string
	n    int
}
type Wide struct{ x float64; a, b, c int } // a run of three: memequal
type Boxed struct {                      // interfaces compare simply (can panic)
	v   any
	tag float64
}

func (p Pt) Area() float64    { return 0 }
func (f Flag) Area() float64  { return float64(f.n) }
func (b Box) Area() float64   { return b.w * b.w }
func (t Tri) Area() float64   { return float64(t[0] * t[1] / 2) }
func (s Sq) Area() float64    { return s.s * s.s }
func (g Grid) Area() float64  { return float64(g.w * g.h) }
func (n Named) Area() float64 { return float64(len(n.name)) }
func (w Wide) Area() float64  { return w.x }
func (b Boxed) Area() float64 { return b.tag }

func AsShape[T Shape](x T) Shape { return x }

func Same[T interface {
	comparable
	Shape
}](a, b T) bool {
	var s Shape = a
	return s == Shape(b)
}

func main() {
	shapes := []Shape{AsShape(Pt{1, 2}), AsShape(Flag{true, 3}), AsShape(Box{Pt{}, 2}), AsShape(Tri{2, 3, 4})}
	shapes = append(shapes, AsShape(Sq{3}), AsShape(Grid{2, 5}), AsShape(Named{"abc", 1}), AsShape(Wide{x: 1.5}), AsShape(Boxed{1, 2}))
	for _, s := range shapes {
		fmt.Printf("%T %.1f\n", s, s.Area())
	}
	fmt.Println(Same(Pt{1, 2}, Pt{1, 2}), Same(Flag{true, 1}, Flag{false, 1}), Same(Named{"a", 1}, Named{"a", 1}))
	fmt.Println(shapes[0] == Pt{1, 2}, shapes[3] == Tri{2, 3, 4}, shapes[8] == Boxed{1, 2})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(shapes[8] == AsShape(Boxed{[]int{1}, 1}))
	}()
}
