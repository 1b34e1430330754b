package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func main() {
	old := debug.SetGCPercent(50)
	fmt.Println("old GOGC:", old)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	n0 := m.NumGC
	for i := 0; i < 1000; i++ {
		sink = make([]byte, 100<<10)
	}
	runtime.ReadMemStats(&m)
	fmt.Println("collected several times:", m.NumGC-n0 > 5)
	fmt.Println("heap below 64MB:", m.HeapAlloc < 64<<20)
	debug.SetGCPercent(-1)
	runtime.ReadMemStats(&m)
	n1 := m.NumGC
	for i := 0; i < 1000; i++ {
		sink = make([]byte, 100<<10)
	}
	runtime.ReadMemStats(&m)
	fmt.Println("no GC when off:", m.NumGC == n1)
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("forced GC counted:", m.NumGC == n1+1, m.NumForcedGC >= 1)
	fmt.Println(debug.SetGCPercent(100))
}
