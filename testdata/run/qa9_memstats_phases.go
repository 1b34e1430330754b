// Watching the heap with runtime.ReadMemStats: Mallocs/Frees deltas for
// a phase that only uses the stack, one that builds a retained structure,
// and HeapObjects after dropping it and collecting.
package main

import (
	"fmt"
	"runtime"
)

type Particle struct {
	X, Y, VX, VY float64
}

func stackPhase() float64 {
	var ps [64]Particle
	for i := range ps {
		ps[i] = Particle{float64(i), 0, 1, 0.5}
	}
	sum := 0.0
	for step := 0; step < 10; step++ {
		for i := range ps {
			p := &ps[i]
			p.X += p.VX
			p.Y += p.VY
		}
	}
	for _, p := range ps {
		sum += p.X + p.Y
	}
	return sum
}

var retained []*Particle

func heapPhase(n int) {
	for i := 0; i < n; i++ {
		retained = append(retained, &Particle{X: float64(i)})
	}
}

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func main() {
	runtime.GC()
	m0 := mallocs()
	s := stackPhase()
	m1 := mallocs()
	fmt.Println("stack phase sum", s, "mallocs", m1-m0)

	heapPhase(1000)
	m2 := mallocs()
	d := m2 - m1
	fmt.Println("heap phase: particles", len(retained), "mallocs >= 1000:", d >= 1000, "slice growths <= 20:", d-1000 <= 20)

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	retained = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("freed at least 1000:", after.Frees-before.Frees >= 1000)
	fmt.Println("GC count grew:", after.NumGC > before.NumGC)
	fmt.Println("heap objects dropped:", after.HeapObjects+1000 <= before.HeapObjects)
}
