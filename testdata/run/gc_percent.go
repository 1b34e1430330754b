// debug.SetGCPercent and debug.SetMemoryLimit return the previous values;
// with the GC off, allocation does not start cycles.
package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
)

var sink []byte

func main() {
	fmt.Println(debug.SetGCPercent(50))
	fmt.Println(debug.SetGCPercent(400))
	fmt.Println(debug.SetGCPercent(-1))
	fmt.Println(debug.SetGCPercent(-20))
	fmt.Println(debug.SetMemoryLimit(-1) == math.MaxInt64)
	fmt.Println(debug.SetMemoryLimit(1 << 30))
	fmt.Println(debug.SetMemoryLimit(-1))
	fmt.Println(debug.SetMemoryLimit(math.MaxInt64))

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 2000; i++ {
		sink = make([]byte, 32<<10) // 64 MB in all, GC off
	}
	runtime.ReadMemStats(&after)
	fmt.Println("no collection while off:", after.NumGC == before.NumGC)

	fmt.Println(debug.SetGCPercent(100))
	for i := 0; i < 2000; i++ {
		sink = make([]byte, 32<<10)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("collections when on:", after.NumGC > before.NumGC)
	debug.FreeOSMemory()
	runtime.ReadMemStats(&after)
	fmt.Println("FreeOSMemory is a forced GC:", after.NumForcedGC == before.NumForcedGC+1)
	fmt.Println("released something:", after.HeapReleased > 0)
}
