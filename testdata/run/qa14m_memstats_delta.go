// runtime.ReadMemStats deltas printed deterministically: allocation counts
// compared against bounds, never raw numbers.
package main

import (
	"fmt"
	"runtime"
)

type point struct{ x, y int }

var sink []*point
var sinkBytes [][]byte

func measure(name string, f func()) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	mallocs := after.Mallocs - before.Mallocs
	bytes := after.TotalAlloc - before.TotalAlloc
	fmt.Printf("%-12s mallocs>=100:%v bytes>=1KiB:%v\n", name, mallocs >= 100, bytes >= 1024)
}

func heapPoints() {
	for i := 0; i < 200; i++ {
		sink = append(sink, &point{i, i})
	}
}

func stackPoints() {
	total := 0
	for i := 0; i < 200; i++ {
		p := point{i, -i}
		total += p.x + p.y
	}
	_ = total
}

func byteSlices() {
	for i := 0; i < 150; i++ {
		sinkBytes = append(sinkBytes, make([]byte, 64))
	}
}

func main() {
	measure("heap points", heapPoints)
	measure("stack points", stackPoints)
	measure("byte slices", byteSlices)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("numgc>0:", ms.NumGC > 0, "heapalloc>0:", ms.HeapAlloc > 0, "sys>=heap:", ms.Sys >= ms.HeapAlloc)
	fmt.Println(len(sink), len(sinkBytes))
	sink, sinkBytes = nil, nil
	before := ms.NumGC
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("gc ran:", ms.NumGC > before, "frees>0:", ms.Frees > 0, "lookups:", ms.Lookups)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
