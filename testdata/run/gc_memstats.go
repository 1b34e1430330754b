// MemStats relations that hold in every Go implementation: what a program
// can rely on about runtime.ReadMemStats, runtime.GC and TotalAlloc.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	pad  [6]int
}

var sink *node

// Not inlined: gosub scans stacks conservatively, and an inlined loop would
// leave the list head in a dead slot of main's frame (kept by ASan's -O1
// build), retaining the whole list after sink = nil.
//
//go:noinline
func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head}
	}
	return head
}

func main() {
	var a, b, c runtime.MemStats
	runtime.ReadMemStats(&a)
	fmt.Println("EnableGC:", a.EnableGC, "DebugGC:", a.DebugGC)
	fmt.Println("HeapAlloc <= HeapSys:", a.HeapAlloc <= a.HeapSys)
	fmt.Println("Alloc == HeapAlloc:", a.Alloc == a.HeapAlloc)
	fmt.Println("HeapIdle+HeapInuse == HeapSys:", a.HeapIdle+a.HeapInuse == a.HeapSys)
	fmt.Println("HeapReleased <= HeapIdle:", a.HeapReleased <= a.HeapIdle)
	fmt.Println("HeapObjects == Mallocs-Frees:", a.HeapObjects == a.Mallocs-a.Frees)
	fmt.Println("Sys >= HeapSys:", a.Sys >= a.HeapSys)
	fmt.Println("BySize[1].Size:", a.BySize[1].Size, "BySize[60].Size:", a.BySize[60].Size)

	sink = build(100000) // 100000 objects of 56 bytes -> size class 64
	runtime.ReadMemStats(&b)
	fmt.Println("TotalAlloc grew by at least 6.4 MB:", b.TotalAlloc-a.TotalAlloc >= 6400000)
	fmt.Println("Mallocs grew by at least 100000:", b.Mallocs-a.Mallocs >= 100000)
	fmt.Println("HeapAlloc >= 6.4 MB:", b.HeapAlloc >= 6400000)

	n := b.NumGC
	forced := b.NumForcedGC
	runtime.GC()
	runtime.ReadMemStats(&c)
	fmt.Println("NumGC grew:", c.NumGC > n)
	fmt.Println("NumForcedGC grew by 1:", c.NumForcedGC == forced+1)
	fmt.Println("LastGC set:", c.LastGC > 0)
	fmt.Println("PauseTotalNs >= last pause:", c.PauseTotalNs >= c.PauseNs[(c.NumGC+255)%256])
	fmt.Println("GCCPUFraction in [0,1]:", c.GCCPUFraction >= 0 && c.GCCPUFraction <= 1)
	fmt.Println("NextGC >= 4 MB:", c.NextGC >= 4<<20)
	fmt.Println("live list still counted:", c.HeapAlloc >= 6400000)

	sink = nil
	runtime.GC()
	var d runtime.MemStats
	runtime.ReadMemStats(&d)
	fmt.Println("dropping the list freed it:", c.HeapAlloc-d.HeapAlloc >= 6000000)
	fmt.Println("Frees grew by at least 100000:", d.Frees-c.Frees >= 100000)
}

// gosub:gcstress=64 100k+ allocations onto a growing live list: a collection per allocation is quadratic; every 64th keeps it ~1 s of CPU
