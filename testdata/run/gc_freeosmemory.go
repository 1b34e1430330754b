package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func main() {
	var m runtime.MemStats
	data := make([][]byte, 0)
	for i := 0; i < 100; i++ {
		data = append(data, make([]byte, 1<<20))
	}
	runtime.ReadMemStats(&m)
	fmt.Println("in use >= 100MB:", m.HeapInuse >= 100<<20)
	data = nil
	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	fmt.Println("in use < 10MB:", m.HeapInuse < 10<<20)
	fmt.Println("released >= 90MB:", m.HeapReleased >= 90<<20)
	fmt.Println("alloc < 10MB:", m.HeapAlloc < 10<<20)
}
