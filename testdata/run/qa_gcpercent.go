package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
)

func churn() {
	for i := 0; i < 2000; i++ {
		b := make([]byte, 4096)
		b[0] = byte(i)
	}
}

func main() {
	old := debug.SetGCPercent(50)
	fmt.Println("default GOGC:", old)
	fmt.Println("now:", debug.SetGCPercent(200))
	fmt.Println("now:", debug.SetGCPercent(-1))
	var s1, s2 runtime.MemStats
	runtime.ReadMemStats(&s1)
	churn()
	runtime.ReadMemStats(&s2)
	fmt.Println("GC off, no cycles during churn:", s2.NumGC == s1.NumGC)
	runtime.GC()
	runtime.ReadMemStats(&s2)
	fmt.Println("explicit GC still runs:", s2.NumGC == s1.NumGC+1)
	fmt.Println("restore:", debug.SetGCPercent(100))
	lim := debug.SetMemoryLimit(-1)
	fmt.Println("limit is MaxInt64:", lim == math.MaxInt64)
	fmt.Println("set limit:", debug.SetMemoryLimit(64<<20) == math.MaxInt64)
	fmt.Println("read back:", debug.SetMemoryLimit(-1))
	debug.SetMemoryLimit(math.MaxInt64)
	runtime.ReadMemStats(&s1)
	churn()
	churn()
	runtime.ReadMemStats(&s2)
	fmt.Println("GC on, cycles happened:", s2.NumGC > s1.NumGC)
	debug.FreeOSMemory()
	runtime.ReadMemStats(&s2)
	fmt.Println("released something:", s2.HeapReleased > 0)
}
