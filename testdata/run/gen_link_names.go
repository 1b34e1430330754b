// gc's link names in generic code: local types used as type arguments
// carry their declaration number (main.point·1) in instance names, %T
// and dictionary names; unexported interface methods are qualified in
// shapes and conversions; struct shapes spell embedded fields by type; a
// type argument's value compared with an interface is converted through
// the dictionary; instances are stenciled in gc's order (a method whose
// signature mentions another instance makes that one first).
package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type Pair[A, B any] struct {
	A A
	B B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.B, p.A} }
func (p Pair[A, B]) String() string  { return fmt.Sprintf("<%v %v>", p.A, p.B) }

func First[T any](xs []T) T { return xs[0] }

func Eq[T comparable](t T, i any) bool { return t == i }

func Ne[T comparable](t T, i interface{ Get() int }) bool { return i != any(t) }

type fooer interface{ foo() int }

type myint int

func (m myint) foo() int { return int(m) }
func (m myint) Get() int { return int(m) * 2 }

func Call[T fooer](x T) int { return x.foo() }

type Inner struct{ N int }

type Outer struct {
	Inner
	tag string
}

func Tag[T any](x T) string { return fmt.Sprintf("%T", x) }

func main() {
	type point struct{ x, y int }
	pts := []point{{1, 2}, {3, 4}}
	fmt.Println(First(pts))
	b := Box[point]{pts[1]}
	fmt.Printf("%T %v\n", b, b.Get())
	type ids []int
	fmt.Printf("%T %T\n", Box[ids]{}, Box[[]ids]{})
	fmt.Println(First([]ids{{7}}), Tag(Box[map[string]point]{}))
	fmt.Println(Eq(3, 3), Eq(3, "3"), Eq(point{1, 2}, point{1, 2}))
	fmt.Println(Ne(myint(2), myint(2)), Ne(myint(2), myint(3)))
	fmt.Println(Call(myint(5)), Call[fooer](myint(6)))
	var f fooer = interface{ foo() int }(myint(8))
	fmt.Println(f.foo(), Tag(Outer{Inner{1}, "t"}), Tag(First([]Outer{{}})))
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, p.Swap(), Pair[Pair[int, bool], point]{}.Swap())
}
