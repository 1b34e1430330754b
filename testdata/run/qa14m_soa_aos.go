// Struct-of-arrays against array-of-structs for a particle system, with
// the same update written both ways and a generic column store.
package main

import "fmt"

type Particle struct {
	X, Y   float32
	VX, VY float32
	Alive  bool
	Tag    uint8
}

type AoS []Particle

type SoA struct {
	X, Y   []float32
	VX, VY []float32
	Alive  []bool
	Tag    []uint8
}

func NewSoA(n int) *SoA {
	return &SoA{
		X: make([]float32, n), Y: make([]float32, n),
		VX: make([]float32, n), VY: make([]float32, n),
		Alive: make([]bool, n), Tag: make([]uint8, n),
	}
}

func (a AoS) Step(dt float32) (alive int) {
	for i := range a {
		p := &a[i]
		if !p.Alive {
			continue
		}
		p.X += p.VX * dt
		p.Y += p.VY * dt
		if p.Y < 0 {
			p.Alive = false
			continue
		}
		alive++
	}
	return
}

func (s *SoA) Step(dt float32) (alive int) {
	x, y, vx, vy, al := s.X, s.Y[:len(s.X)], s.VX[:len(s.X)], s.VY[:len(s.X)], s.Alive[:len(s.X)]
	for i := range x {
		if !al[i] {
			continue
		}
		x[i] += vx[i] * dt
		y[i] += vy[i] * dt
		if y[i] < 0 {
			al[i] = false
			continue
		}
		alive++
	}
	return
}

type Column[T any] struct {
	name string
	data []T
}

func (c *Column[T]) Append(v T) { c.data = append(c.data, v) }

func Sum[T ~int | ~float32](c *Column[T]) T {
	var s T
	for _, v := range c.data {
		s += v
	}
	return s
}

func main() {
	const n = 10
	aos := make(AoS, n)
	soa := NewSoA(n)
	for i := 0; i < n; i++ {
		p := Particle{X: float32(i), Y: float32(10 - i), VX: 1, VY: -float32(i % 4), Alive: true, Tag: uint8(i)}
		aos[i] = p
		soa.X[i], soa.Y[i], soa.VX[i], soa.VY[i], soa.Alive[i], soa.Tag[i] = p.X, p.Y, p.VX, p.VY, p.Alive, p.Tag
	}
	for step := 0; step < 4; step++ {
		a, b := aos.Step(0.5), soa.Step(0.5)
		fmt.Println("step", step, a, b, a == b)
	}
	same := true
	for i := range aos {
		if aos[i].X != soa.X[i] || aos[i].Y != soa.Y[i] || aos[i].Alive != soa.Alive[i] {
			same = false
		}
	}
	fmt.Println("same", same, aos[7].Y, soa.Y[7])

	ids := &Column[int]{name: "id"}
	ws := &Column[float32]{name: "w"}
	for i := 0; i < 5; i++ {
		ids.Append(i * i)
		ws.Append(float32(i) / 4)
	}
	fmt.Println(ids.name, Sum(ids), ws.name, Sum(ws), len(ids.data), cap(ws.data))
}
