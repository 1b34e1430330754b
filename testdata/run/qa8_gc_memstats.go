// Watching the collector from the program: runtime.GC, ReadMemStats's
// NumGC and HeapAlloc, debug.SetGCPercent, and how freed garbage shows up.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type Blob struct {
	data []byte
	next *Blob
}

var keep *Blob

func allocChain(n, size int) *Blob {
	var head *Blob
	for i := 0; i < n; i++ {
		head = &Blob{data: make([]byte, size), next: head}
	}
	return head
}

func chainLen(b *Blob) int {
	n := 0
	for ; b != nil; b = b.next {
		n++
	}
	return n
}

func heapAlloc() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

func main() {
	old := debug.SetGCPercent(50)
	fmt.Println("default GOGC was", old)

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	gc0 := ms.NumGC

	keep = allocChain(200, 4096)
	runtime.GC()
	withChain := heapAlloc()
	fmt.Println("chain", chainLen(keep), "heap holds it:", withChain >= 200*4096)

	keep = nil
	runtime.GC()
	without := heapAlloc()
	fmt.Println("freed at least 700 KB:", withChain-without >= 700*1024)

	runtime.ReadMemStats(&ms)
	fmt.Println("two forced GCs counted:", ms.NumGC-gc0 >= 2)
	fmt.Println("total alloc grew:", ms.TotalAlloc >= 200*4096)
	fmt.Println("mallocs >= frees:", ms.Mallocs >= ms.Frees)

	prev := debug.SetGCPercent(-1)
	fmt.Println("restored from", prev)
	before := heapAlloc()
	tmp := allocChain(50, 1024)
	fmt.Println("no GC needed:", heapAlloc() > before, chainLen(tmp))
	debug.SetGCPercent(100)
	runtime.KeepAlive(tmp)
	fmt.Println("sys > 0:", ms.Sys > 0, "gc cpu fraction in [0,1]:", ms.GCCPUFraction >= 0 && ms.GCCPUFraction <= 1)
}
