package main

import (
	"fmt"
	"runtime"
)

func heapMB() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc >> 20
}

type rec struct {
	id  int
	pad [4096]byte
}

var finalized int

type holder struct {
	data []byte
	n    int
}

func heapAfterGC() uint64 {
	runtime.GC()
	return heapMB()
}

func main() {
	buf := make([]byte, 64<<20)
	buf[0] = 1
	text := string(make([]byte, 32<<20))
	runtime.GC()
	// only the length words of buf and text are read after the collection:
	// their backing arrays are dead
	fmt.Println("freed:", heapMB() < 16, len(buf), cap(buf)>>20, len(text)>>20)

	recs := make([]*rec, 3)
	for i := range recs {
		recs[i] = &rec{id: i}
		runtime.SetFinalizer(recs[i], func(r *rec) { finalized++ })
	}
	for i := 0; i < 100 && finalized < 3; i++ {
		runtime.GC()
	}
	fmt.Println("finalized:", finalized, len(recs))

	kept := make([]byte, 48<<20)
	runtime.GC()
	fmt.Println("kept:", heapMB() >= 48, len(kept), kept[1])

	// the collection in a call nested in the statement's arguments
	drop := make([]byte, 40<<20)
	drop[2] = 2
	fmt.Println("nested:", heapAfterGC() < 16, len(drop), cap(drop)>>20)

	// an interface compared with nil: only its type word is read
	var v any = make([]byte, 40<<20)
	runtime.GC()
	fmt.Println("iface:", heapMB() < 16, v != nil)

	// a small struct is split into its fields' words too
	h := holder{data: make([]byte, 40<<20), n: 3}
	runtime.GC()
	fmt.Println("struct:", heapMB() < 16, len(h.data)>>20, h.n)

	// an array of two slices is not: all of it stays live
	arr := [2][]byte{make([]byte, 40<<20), nil}
	runtime.GC()
	fmt.Println("array:", heapMB() >= 40, len(arr[0])>>20)
}
