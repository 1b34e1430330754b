package main

import (
	"fmt"
	"runtime"
)

type Big struct {
	buf [1 << 20]byte
}

func heap() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func main() {
	runtime.GC()
	base := heap()
	b := new(Big)
	b.buf[0] = 1
	holder := []*Big{b}
	fmt.Println(holder[0].buf[0])
	holder = nil
	b = nil
	runtime.GC()
	fmt.Println("reclaimed:", heap() < base+(512<<10))
}
