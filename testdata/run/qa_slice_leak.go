package main

import (
	"fmt"
	"runtime"
)

var kept [][]byte

func heapMB() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapAlloc >> 20
}

func loadBig() []byte {
	b := make([]byte, 8<<20)
	for i := range b {
		b[i] = byte(i % 251)
	}
	return b
}

func headerLeaky() []byte {
	big := loadBig()
	return big[:16]
}

func headerCopied() []byte {
	big := loadBig()
	h := make([]byte, 16)
	copy(h, big)
	return h
}

func main() {
	base := heapMB()
	for i := 0; i < 4; i++ {
		kept = append(kept, headerLeaky())
	}
	leaky := heapMB() - base
	fmt.Println("leaky retains >= 32MB:", leaky >= 32)
	kept = nil
	for i := 0; i < 4; i++ {
		kept = append(kept, headerCopied())
	}
	copied := heapMB() - base
	fmt.Println("copied retains < 8MB:", copied < 8)
	fmt.Println(kept[3][:5], len(kept[3]), cap(kept[3]))
}
