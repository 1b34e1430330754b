package main

import (
	"fmt"
	"runtime"
)

func heapMB() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapAlloc >> 20
}

func firstBytes(n int) []byte {
	big := make([]byte, 16<<20)
	for i := range big {
		big[i] = byte(i)
	}
	return big[:n]
}

func firstBytesCopy(n int) []byte {
	big := make([]byte, 16<<20)
	for i := range big {
		big[i] = byte(i)
	}
	out := make([]byte, n)
	copy(out, big)
	return out
}

func main() {
	a := firstBytes(10)
	fmt.Println("sub-slice keeps >= 16MB:", heapMB() >= 16, a[9])
	a = nil
	b := firstBytesCopy(10)
	fmt.Println("copy keeps < 4MB:", heapMB() < 4, b[9])
}
