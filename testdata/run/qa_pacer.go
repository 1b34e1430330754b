package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type Obj struct {
	buf  [240]byte
	next *Obj
}

var live *Obj

func main() {
	debug.SetGCPercent(100)
	var s runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&s)
	goal := s.NextGC
	fmt.Println("goal at least 4MB:", goal >= 4<<20)
	start := s.NumGC
	for i := 0; i < 100000; i++ {
		o := &Obj{}
		if i%100 == 0 {
			o.next = live
			live = o
		}
	}
	runtime.ReadMemStats(&s)
	fmt.Println("automatic cycles ran:", s.NumGC > start)
	fmt.Println("heap stayed below 4x goal:", s.HeapAlloc < 4*goal)
	fmt.Println("TotalAlloc >= 25MB:", s.TotalAlloc >= 25<<20)
	n := 0
	for o := live; o != nil; o = o.next {
		n++
	}
	fmt.Println("live objects kept:", n)
	debug.SetGCPercent(10)
	runtime.GC()
	runtime.ReadMemStats(&s)
	fmt.Println("smaller GOGC keeps goal >= 4MB:", s.NextGC >= 4<<20)
	old := debug.SetGCPercent(100)
	fmt.Println("old percent:", old)
}
