// An arena made of slices: objects are carved out of fixed-size slabs,
// handles are (slab, index) pairs, and Reset keeps the slabs for reuse.
package main

import "fmt"

type Vec struct{ X, Y, Z float32 }

type Particle struct {
	Pos, Vel Vec
	Life     int
}

const slabSize = 16

type Arena struct {
	slabs [][]Particle
	used  int
}

type Handle struct{ slab, idx int32 }

func (a *Arena) Alloc() (Handle, *Particle) {
	s, i := a.used/slabSize, a.used%slabSize
	if s == len(a.slabs) {
		a.slabs = append(a.slabs, make([]Particle, slabSize))
	}
	a.used++
	p := &a.slabs[s][i]
	*p = Particle{}
	return Handle{int32(s), int32(i)}, p
}

func (a *Arena) Get(h Handle) *Particle {
	return &a.slabs[h.slab][h.idx]
}

func (a *Arena) Reset() { a.used = 0 }

func (a *Arena) Each(f func(*Particle)) {
	for n := 0; n < a.used; n++ {
		f(&a.slabs[n/slabSize][n%slabSize])
	}
}

func step(p *Particle) {
	p.Pos.X += p.Vel.X
	p.Pos.Y += p.Vel.Y
	p.Pos.Z += p.Vel.Z
	p.Life--
}

func main() {
	var a Arena
	handles := make([]Handle, 0, 40)
	for i := 0; i < 40; i++ {
		h, p := a.Alloc()
		p.Vel = Vec{float32(i), 1, -0.5}
		p.Life = 3 + i%4
		handles = append(handles, h)
	}
	fmt.Println("slabs", len(a.slabs), "used", a.used)
	for t := 0; t < 3; t++ {
		a.Each(step)
	}
	alive := 0
	a.Each(func(p *Particle) {
		if p.Life > 0 {
			alive++
		}
	})
	fmt.Println("alive", alive)
	fmt.Printf("%+v\n", *a.Get(handles[5]))
	fmt.Printf("%v\n", a.Get(handles[39]).Pos)

	a.Reset()
	h, p := a.Alloc()
	p.Life = 42
	fmt.Println(h, a.Get(handles[0]).Life, len(a.slabs), cap(a.slabs) >= 3)
}
