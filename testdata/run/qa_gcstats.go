package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

func main() {
	var s debug.GCStats
	debug.ReadGCStats(&s)
	n0 := s.NumGC
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	debug.ReadGCStats(&s)
	fmt.Println("NumGC +3:", s.NumGC-n0 >= 3)
	fmt.Println("pauses recorded:", len(s.Pause) >= 3, s.PauseTotal > 0)
	fmt.Println("LastGC recent:", time.Since(s.LastGC) < time.Minute)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("MemStats agrees:", int64(ms.NumGC) >= s.NumGC)
	fmt.Println("NumGoroutine:", runtime.NumGoroutine())
}
