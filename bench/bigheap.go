// bigheap: GC pauses with a large live heap.  Keeps about 1 GiB of linked
// objects reachable and churns through short-lived garbage, then reports
// the collector's own figures from runtime.MemStats: number of cycles,
// longest pause and total pause.  go marks concurrently, so its pauses
// are sub-millisecond; gosub stops the world for the whole mark.
// Run: gosub run bench/bigheap.go 1024   (live MiB)
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"time"
)

type node struct {
	next *node
	val  [6]int
}

var sink *node // garbage escapes through it, so it is heap-allocated

func main() {
	mb := 1024
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			mb = v
		}
	}
	start := time.Now()
	n := mb << 20 / 64
	lists := make([]*node, 1024)
	for i := 0; i < n; i++ {
		k := i % len(lists)
		lists[k] = &node{next: lists[k], val: [6]int{i}}
	}
	built := time.Since(start)
	// garbage: twice the live heap, in small objects
	sum := 0
	for i := 0; i < 2*n; i++ {
		g := &node{val: [6]int{i}}
		sink = g
		sum += g.val[0] & 1
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	var max uint64
	for _, p := range ms.PauseNs {
		if p > max {
			max = p
		}
	}
	count := 0
	for _, l := range lists {
		for ; l != nil; l = l.next {
			count++
		}
	}
	fmt.Printf("live objects %d (want %d), garbage checksum %d\n", count, n, sum)
	fmt.Printf("build %v, total %v\n", built.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	fmt.Printf("NumGC %d, longest pause %.3f ms, total pause %.3f ms, GC CPU fraction %.3f, peak HeapSys %d MiB\n",
		ms.NumGC, float64(max)/1e6, float64(ms.PauseTotalNs)/1e6, ms.GCCPUFraction, ms.HeapSys>>20)
}
