// Reading runtime.MemStats around allocations and forced collections;
// only facts that do not depend on timing are printed.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type Blob struct {
	data [1024]byte
	next *Blob
}

var keep *Blob

func buildChain(n int) *Blob {
	var head *Blob
	for i := 0; i < n; i++ {
		b := &Blob{next: head}
		b.data[0] = byte(i)
		head = b
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

func readStats() runtime.MemStats {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m
}

func main() {
	old := debug.SetGCPercent(50)
	fmt.Println("previous GOGC", old)

	before := readStats()
	keep = buildChain(200)
	after := readStats()
	fmt.Println("chain", chainLen(keep))
	fmt.Println("mallocs grew", after.Mallocs-before.Mallocs >= 200)
	fmt.Println("total alloc grew", after.TotalAlloc-before.TotalAlloc >= 200*1024)

	runtime.GC()
	s1 := readStats()
	fmt.Println("gc ran", s1.NumGC > after.NumGC)
	fmt.Println("heap holds chain", s1.HeapAlloc >= 200*1024)

	keep = nil
	runtime.GC()
	s2 := readStats()
	fmt.Println("heap shrank", s2.HeapAlloc < s1.HeapAlloc)
	fmt.Println("frees grew", s2.Frees > s1.Frees)
	fmt.Println("forced", s2.NumForcedGC-before.NumForcedGC)

	prev := debug.SetGCPercent(-1)
	fmt.Println("previous GOGC", prev)
	debug.SetGCPercent(prev)
	fmt.Println(debug.SetGCPercent(100))
	fmt.Println(runtime.NumGoroutine(), runtime.GOOS != "")
}
