package main

import (
	"fmt"
	"runtime"
)

type Blob struct {
	data [1024]byte
	next *Blob
}

var sink *Blob

func allocate(n int) *Blob {
	var head *Blob
	for i := 0; i < n; i++ {
		head = &Blob{next: head}
	}
	return head
}

func main() {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	sink = allocate(5000)
	runtime.ReadMemStats(&after)
	fmt.Println("HeapAlloc grew:", after.HeapAlloc > before.HeapAlloc)
	fmt.Println("TotalAlloc grew by >= 5MB:", after.TotalAlloc-before.TotalAlloc >= 5000*1024)
	fmt.Println("Mallocs grew by >= 5000:", after.Mallocs-before.Mallocs >= 5000)
	fmt.Println("HeapAlloc <= HeapSys:", after.HeapAlloc <= after.HeapSys)
	fmt.Println("HeapInuse <= HeapSys:", after.HeapInuse <= after.HeapSys)
	fmt.Println("Alloc == HeapAlloc:", after.Alloc == after.HeapAlloc)
	fmt.Println("Sys >= HeapSys:", after.Sys >= after.HeapSys)
	fmt.Println("Frees <= Mallocs:", after.Frees <= after.Mallocs)
	fmt.Println("HeapObjects == Mallocs-Frees:", after.HeapObjects == after.Mallocs-after.Frees)
	n0 := after.NumGC
	sink = nil
	runtime.GC()
	var last runtime.MemStats
	runtime.ReadMemStats(&last)
	fmt.Println("NumGC grew:", last.NumGC > n0)
	fmt.Println("NumForcedGC >= 2:", last.NumForcedGC >= 2)
	fmt.Println("heap shrank:", last.HeapAlloc < after.HeapAlloc)
	fmt.Println("NextGC >= 4MB:", last.NextGC >= 4<<20)
	fmt.Println("PauseTotalNs > 0:", last.PauseTotalNs > 0)
	fmt.Println("LastGC set:", last.LastGC > 0)
	fmt.Println("HeapIdle+HeapInuse==HeapSys:", last.HeapIdle+last.HeapInuse == last.HeapSys)
	fmt.Println("HeapReleased <= HeapIdle:", last.HeapReleased <= last.HeapIdle)
	fmt.Println(len(last.PauseNs), len(last.BySize))
}
