package main

import (
	"fmt"
	"runtime"
)

func main() {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	before := m.HeapAlloc
	data := make(map[int][]byte)
	for i := 0; i < 1000; i++ {
		data[i] = make([]byte, 10<<10)
	}
	runtime.ReadMemStats(&m)
	fmt.Println("map holds >= 10MB:", m.HeapAlloc-before >= 10<<20, len(data))
	data = nil
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("released:", m.HeapAlloc < before+(1<<20))
}
