// Many small functions the compiler inlines (mid-stack): vector helpers
// calling each other, used from a simple physics loop.
package main

import (
	"fmt"
	"math"
)

type V2 struct{ X, Y float64 }

func add(a, b V2) V2          { return V2{a.X + b.X, a.Y + b.Y} }
func sub(a, b V2) V2          { return V2{a.X - b.X, a.Y - b.Y} }
func scale(a V2, k float64) V2 { return V2{a.X * k, a.Y * k} }
func dot(a, b V2) float64     { return a.X*b.X + a.Y*b.Y }
func length(a V2) float64     { return math.Sqrt(dot(a, a)) }
func dist(a, b V2) float64    { return length(sub(a, b)) }
func lerp(a, b V2, t float64) V2 {
	return add(a, scale(sub(b, a), t))
}
func normalize(a V2) V2 {
	l := length(a)
	if l == 0 {
		return a
	}
	return scale(a, 1/l)
}

func (v V2) String() string { return fmt.Sprintf("(%.2f,%.2f)", v.X, v.Y) }
func (v *V2) Add(o V2)      { *v = add(*v, o) }
func (v V2) Len() float64   { return length(v) }

type Body struct {
	Pos, Vel V2
	Mass     float64
}

func gravity(b *Body, dt float64) {
	b.Vel.Add(scale(V2{0, -9.8}, dt))
}

func move(b *Body, dt float64) {
	b.Pos.Add(scale(b.Vel, dt))
	if b.Pos.Y < 0 {
		b.Pos.Y = -b.Pos.Y
		b.Vel.Y = -b.Vel.Y * 0.5
	}
}

func simulate(bodies []Body, steps int, dt float64) {
	for s := 0; s < steps; s++ {
		for i := range bodies {
			gravity(&bodies[i], dt)
			move(&bodies[i], dt)
		}
	}
}

func centroid(bodies []Body) V2 {
	var c V2
	m := 0.0
	for _, b := range bodies {
		c = add(c, scale(b.Pos, b.Mass))
		m += b.Mass
	}
	return scale(c, 1/m)
}

func main() {
	a, b := V2{1, 2}, V2{4, 6}
	fmt.Println(add(a, b), sub(b, a), dist(a, b), lerp(a, b, 0.5), normalize(b))
	fmt.Printf("%.3f %v\n", b.Len(), dot(a, b))
	bodies := []Body{
		{Pos: V2{0, 10}, Vel: V2{1, 0}, Mass: 1},
		{Pos: V2{5, 2}, Vel: V2{-1, 3}, Mass: 2},
		{Pos: V2{-3, 0.5}, Vel: V2{0, 0}, Mass: 0.5},
	}
	simulate(bodies, 100, 0.01)
	for _, bd := range bodies {
		fmt.Println(bd.Pos, bd.Vel)
	}
	fmt.Println(centroid(bodies))
}
