// Allocation churn with a small live set: build and drop linked lists and
// maps in rounds, then check with runtime.ReadMemStats that the collector
// reclaimed them (bounded live heap, growing TotalAlloc, NumGC counting
// forced collections), plus debug.SetGCPercent and FreeOSMemory.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type node struct {
	next  *node
	value int
	pad   [6]int
}

type stats struct {
	rounds  int
	checked int
}

func buildList(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head, value: i}
	}
	return head
}

func sumList(h *node) int {
	s := 0
	for ; h != nil; h = h.next {
		s += h.value
	}
	return s
}

func churnMaps(rounds int) int {
	total := 0
	for r := 0; r < rounds; r++ {
		m := make(map[int][]byte, 64)
		for i := 0; i < 2000; i++ {
			m[i] = make([]byte, 32+i%64)
		}
		total += len(m)
	}
	return total
}

func heapMB() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc >> 20
}

func main() {
	var st stats
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)

	var keep *node
	for r := 0; r < 20; r++ {
		l := buildList(50000)
		if sumList(l) != 50000*49999/2 {
			fmt.Println("bad sum in round", r)
		}
		if r == 10 {
			keep = l
		}
		st.rounds++
	}
	fmt.Println("maps:", churnMaps(10))
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	allocated := (after.TotalAlloc - before.TotalAlloc) >> 20
	fmt.Println("rounds", st.rounds)
	fmt.Println("allocated over 50MB:", allocated > 50)
	fmt.Println("live heap under 16MB:", heapMB() < 16)
	fmt.Println("mallocs over 1e6:", after.Mallocs-before.Mallocs > 1000000)
	fmt.Println("frees close to mallocs:", after.Frees-before.Frees > (after.Mallocs-before.Mallocs)*9/10)
	fmt.Println("kept list intact:", sumList(keep) == 50000*49999/2)
	runtime.KeepAlive(keep)
	keep = nil

	old := debug.SetGCPercent(50)
	fmt.Println("old GC percent:", old)
	n0 := after.NumGC
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&after)
	fmt.Println("forced GCs counted:", after.NumGC-n0 >= 3)
	debug.FreeOSMemory()
	fmt.Println("restored:", debug.SetGCPercent(old))
	st.checked = 1
	fmt.Printf("%+v\n", st)
}
