package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type blob struct {
	data [4096]byte
	next *blob
}

var sink []*blob

func allocChain(n int) *blob {
	var head *blob
	for i := 0; i < n; i++ {
		b := &blob{next: head}
		b.data[0] = byte(i)
		head = b
	}
	return head
}

func stats() runtime.MemStats {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms
}

func main() {
	runtime.GC()
	s0 := stats()
	head := allocChain(1000)
	s1 := stats()
	fmt.Println("mallocs grew by >= 1000:", s1.Mallocs-s0.Mallocs >= 1000)
	fmt.Println("total alloc grew by >= 4MB:", s1.TotalAlloc-s0.TotalAlloc >= 4<<20)
	fmt.Println("heap objects grew:", s1.HeapObjects > s0.HeapObjects)
	n := 0
	for b := head; b != nil; b = b.next {
		n++
	}
	fmt.Println("chain length", n)
	head = nil
	runtime.GC()
	s2 := stats()
	fmt.Println("gc count advanced:", s2.NumGC > s1.NumGC)
	fmt.Println("frees grew by >= 1000:", s2.Frees-s1.Frees >= 1000)
	fmt.Println("heap shrank:", s2.HeapAlloc < s1.HeapAlloc)
	fmt.Println("sys >= heap sys:", s2.Sys >= s2.HeapSys)
	fmt.Println("heap inuse <= sys:", s2.HeapInuse <= s2.HeapSys)
	fmt.Println("pause history length:", len(s2.PauseNs))

	old := debug.SetGCPercent(-1)
	fmt.Println("old gc percent:", old)
	g0 := stats().NumGC
	for i := 0; i < 200; i++ {
		sink = append(sink, &blob{})
	}
	fmt.Println("no gc while disabled:", stats().NumGC == g0)
	debug.SetGCPercent(old)
	sink = nil
	runtime.GC()
	var gs debug.GCStats
	debug.ReadGCStats(&gs)
	fmt.Println("gcstats numgc > 0:", gs.NumGC > 0, "pauses recorded:", len(gs.Pause) > 0)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
