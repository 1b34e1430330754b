// Objects live exactly as long as something reaches them: a big structure
// built and dropped in a loop does not accumulate, a retained one stays
// intact across many collections.
package main

import (
	"fmt"
	"runtime"
)

type tree struct {
	left, right *tree
	val         int
}

func build(d, v int) *tree {
	if d == 0 {
		return &tree{val: v}
	}
	return &tree{build(d-1, 2*v), build(d-1, 2*v+1), v}
}

func (t *tree) sum() int {
	if t == nil {
		return 0
	}
	return t.val + t.left.sum() + t.right.sum()
}

var keep []*tree

func main() {
	for i := 0; i < 8; i++ {
		keep = append(keep, build(12, i))
	}
	want := make([]int, len(keep))
	for i, t := range keep {
		want[i] = t.sum()
	}
	var ms runtime.MemStats
	maxHeap := uint64(0)
	for round := 0; round < 40; round++ {
		t := build(14, round) // about 1 MB each, dropped at once
		if t.sum() == 0 {
			fmt.Println("bad sum")
		}
		runtime.ReadMemStats(&ms)
		if ms.HeapAlloc > maxHeap {
			maxHeap = ms.HeapAlloc
		}
	}
	ok := true
	for i, t := range keep {
		if t.sum() != want[i] {
			ok = false
		}
	}
	fmt.Println("retained trees intact:", ok)
	fmt.Println("heap stayed bounded:", maxHeap < 64<<20)
	runtime.ReadMemStats(&ms)
	fmt.Println("several collections ran:", ms.NumGC >= 3)
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("heap small after dropping all:", ms.HeapAlloc < 4<<20)
}

// gosub:gcstress=1000 ~1.3M allocations over a 1.5 MB live heap: a collection per allocation is quadratic (minutes of CPU); every 1000th still runs ~1300 collections mid-build
