package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type Padded struct {
	Active bool
	ID     int64
	Admin  bool
	Score  int32
	Banned bool
}

type Packed struct {
	ID     int64
	Score  int32
	Active bool
	Admin  bool
	Banned bool
}

var sinkA []Padded
var sinkB []Packed

func totalAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

func main() {
	fmt.Println("sizes:", unsafe.Sizeof(Padded{}), unsafe.Sizeof(Packed{}))
	for _, n := range []int{1, 10, 100, 1000, 10000} {
		t0 := totalAlloc()
		sinkA = make([]Padded, n)
		t1 := totalAlloc()
		sinkB = make([]Packed, n)
		t2 := totalAlloc()
		fmt.Printf("n=%5d padded=%7d packed=%7d\n", n, t1-t0, t2-t1)
	}
	var arr [3]Padded
	fmt.Println(unsafe.Sizeof(arr), unsafe.Offsetof(arr[0].Banned), uintptr(unsafe.Pointer(&arr[1]))-uintptr(unsafe.Pointer(&arr[0])))
}
