// Constructors that return a pointer versus a value: which one allocates,
// and how inlining the constructor changes the answer.
package main

import "fmt"

type Vec3 struct {
	X, Y, Z float64
}

// NewVec3 returns a pointer: &Vec3{} escapes unless the call is inlined.
func NewVec3(x, y, z float64) *Vec3 {
	return &Vec3{X: x, Y: y, Z: z}
}

// MakeVec3 returns a copy: nothing is allocated.
func MakeVec3(x, y, z float64) Vec3 {
	return Vec3{x, y, z}
}

func (v Vec3) Add(o Vec3) Vec3 {
	return Vec3{v.X + o.X, v.Y + o.Y, v.Z + o.Z}
}

func (v *Vec3) Scale(k float64) *Vec3 {
	v.X *= k
	v.Y *= k
	v.Z *= k
	return v
}

func (v Vec3) Dot(o Vec3) float64 {
	return v.X*o.X + v.Y*o.Y + v.Z*o.Z
}

func (v Vec3) String() string {
	return fmt.Sprintf("(%.2f, %.2f, %.2f)", v.X, v.Y, v.Z)
}

type Particle struct {
	Pos, Vel *Vec3
	Mass     float64
}

func NewParticle(mass float64) *Particle {
	p := new(Particle)
	p.Pos = NewVec3(0, 0, 0)
	p.Vel = NewVec3(1, 0.5, 0)
	p.Mass = mass
	return p
}

func (p *Particle) Step(dt float64) {
	d := *p.Vel
	d.Scale(dt)
	*p.Pos = p.Pos.Add(d)
}

var registry []*Particle

func track(p *Particle) {
	registry = append(registry, p)
}

func sumAll(vs []Vec3) Vec3 {
	var acc Vec3
	for _, v := range vs {
		acc = acc.Add(v)
	}
	return acc
}

func main() {
	a := NewVec3(1, 2, 3)
	b := MakeVec3(4, 5, 6)
	fmt.Println(a.Dot(b), a.Add(b))
	a.Scale(2).Scale(0.5)
	fmt.Println(*a)

	vs := make([]Vec3, 0, 4)
	for i := 0; i < 4; i++ {
		vs = append(vs, MakeVec3(float64(i), float64(i*i), 1))
	}
	fmt.Println(sumAll(vs).String())

	p := NewParticle(2.5)
	for i := 0; i < 3; i++ {
		p.Step(0.5)
	}
	fmt.Println("pos", p.Pos, "mass", p.Mass)

	for i := 0; i < 2; i++ {
		track(NewParticle(float64(i)))
	}
	fmt.Println(len(registry), registry[1].Mass, *registry[0].Vel)
}
