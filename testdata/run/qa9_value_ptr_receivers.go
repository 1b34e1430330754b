// Value receivers copy the struct; pointer receivers share it. Calling a
// pointer method on an addressable value takes its address (the variable
// may move to the heap); a method on a map element or a call result needs
// a copy.
package main

import "fmt"

type Vec struct{ X, Y, Z float64 }

func (v Vec) Len2() float64 { return v.X*v.X + v.Y*v.Y + v.Z*v.Z }
func (v Vec) Scaled(k float64) Vec {
	v.X *= k
	v.Y *= k
	v.Z *= k
	return v
}
func (v *Vec) Scale(k float64) { v.X *= k; v.Y *= k; v.Z *= k }
func (v *Vec) String() string  { return fmt.Sprintf("(%g,%g,%g)", v.X, v.Y, v.Z) }

type Body struct {
	Name string
	Pos  Vec
	Vel  Vec
}

func (b *Body) Step(dt float64) {
	d := b.Vel.Scaled(dt)
	b.Pos.X += d.X
	b.Pos.Y += d.Y
	b.Pos.Z += d.Z
}

func origin() Vec { return Vec{} }

func main() {
	v := Vec{1, 2, 2}
	w := v.Scaled(2)
	v.Scale(3)
	fmt.Println(v.Len2(), w.Len2(), v.String(), w.String())

	bodies := []Body{{"a", Vec{}, Vec{1, 0, 0}}, {"b", Vec{1, 1, 1}, Vec{0, -1, 0}}}
	for _, b := range bodies {
		b.Step(1) // modifies the copy
	}
	fmt.Println(bodies[0].Pos.String(), bodies[1].Pos.String())
	for i := range bodies {
		bodies[i].Step(0.5)
	}
	fmt.Println(bodies[0].Pos.String(), bodies[1].Pos.String())

	m := map[string]Vec{"up": {0, 0, 1}}
	u := m["up"]
	u.Scale(5)
	fmt.Println(m["up"].Len2(), u.Len2())
	o := origin()
	fmt.Println(origin().Len2(), o.String())

	ptrs := map[string]*Body{}
	for i := range bodies {
		ptrs[bodies[i].Name] = &bodies[i]
	}
	ptrs["a"].Step(2)
	fmt.Println(bodies[0].Pos.String())
}
