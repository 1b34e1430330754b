package main

import (
	"fmt"
	"sort"
)

type Particle struct {
	ID     int
	X, Y   float64
	VX, VY float64
	Alive  bool
}

func stepValues(ps []Particle, dt float64) {
	for i := range ps {
		p := &ps[i]
		p.X += p.VX * dt
		p.Y += p.VY * dt
		if p.X < 0 || p.Y < 0 {
			p.Alive = false
		}
	}
}

func stepBroken(ps []Particle, dt float64) {
	for _, p := range ps { // p is a copy: the update is lost
		p.X += p.VX * dt
	}
}

func stepPtrs(ps []*Particle, dt float64) {
	for _, p := range ps {
		p.X += p.VX * dt
		p.Y += p.VY * dt
	}
}

func compact(ps []Particle) []Particle {
	out := ps[:0]
	for _, p := range ps {
		if p.Alive {
			out = append(out, p)
		}
	}
	return out
}

type Registry struct {
	byID   map[int]*Particle
	values map[int]Particle
}

func main() {
	ps := make([]Particle, 0, 6)
	for i := 0; i < 6; i++ {
		ps = append(ps, Particle{ID: i, X: float64(i), Y: 1, VX: float64(2 - i), VY: 0.5, Alive: true})
	}
	stepBroken(ps, 1)
	fmt.Println("after broken:", ps[5].X)
	stepValues(ps, 1)
	alive := compact(ps)
	fmt.Println("alive", len(alive), "cap", cap(alive), "same backing:", &alive[0] == &ps[0])
	for _, p := range alive {
		fmt.Printf("%d(%.1f,%.1f) ", p.ID, p.X, p.Y)
	}
	fmt.Println()

	ptrs := make([]*Particle, len(alive))
	for i := range alive {
		ptrs[i] = &alive[i]
	}
	stepPtrs(ptrs, 2)
	fmt.Println(alive[0].X, ptrs[0].X)
	// appending past capacity moves the values; old pointers see the old array
	alive = append(alive, make([]Particle, 10)...)
	alive[0].X = -100
	fmt.Println(ptrs[0].X, alive[0].X)

	reg := Registry{byID: map[int]*Particle{}, values: map[int]Particle{}}
	for i := range ps[:3] {
		reg.byID[ps[i].ID] = &ps[i]
		reg.values[ps[i].ID] = ps[i]
	}
	reg.byID[1].X = 42 // updates ps[1]
	v := reg.values[1]
	v.X = 43 // a copy; must store back
	reg.values[1] = v
	fmt.Println(ps[1].X, reg.values[1].X, reg.byID[1] == &ps[1])

	sorted := append([]Particle(nil), ps...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].X > sorted[j].X })
	ids := make([]int, len(sorted))
	for i, p := range sorted {
		ids[i] = p.ID
	}
	fmt.Println(ids, ps[0].ID)

	grid := [3][3]int{}
	for i := range grid {
		row := grid[i] // array copy
		row[i] = 1
		grid[i][2-i] = 2
	}
	fmt.Println(grid)
	gp := &grid
	gp[1][1] = 9
	arrCopy := *gp
	arrCopy[0][0] = 7
	fmt.Println(grid[0][0], arrCopy[0][0], grid[1][1])
	type wrapper struct{ items []int }
	w1 := wrapper{items: []int{1, 2, 3}}
	w2 := w1
	w2.items[0] = 100
	w2.items = append(w2.items, 4)
	fmt.Println(w1.items, w2.items)
}
