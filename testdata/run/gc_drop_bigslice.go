package main

import (
	"fmt"
	"runtime"
)

func use(b []byte) int {
	s := 0
	for i := 0; i < len(b); i += 1 << 16 {
		s += int(b[i])
	}
	return s
}

func main() {
	var before, during, after runtime.MemStats
	runtime.ReadMemStats(&before)
	big := make([]byte, 64<<20)
	for i := range big {
		big[i] = 1
	}
	fmt.Println("sum:", use(big))
	runtime.ReadMemStats(&during)
	fmt.Println("grew by >= 64MB:", during.HeapAlloc-before.HeapAlloc >= 64<<20)
	big = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("fell below 8MB:", after.HeapAlloc < 8<<20)
	fmt.Println("freed:", during.HeapAlloc-after.HeapAlloc >= 60<<20)
}
