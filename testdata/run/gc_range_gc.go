// runtime.GC() inside a range loop over a local slice: the elements still
// to be visited survive, the objects dropped in earlier iterations go.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Item struct {
	name string
	buf  []byte
}

func heapMB() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc >> 20
}

func main() {
	items := make([]*Item, 8)
	for i := range items {
		items[i] = &Item{name: strings.Repeat("n", i+1), buf: make([]byte, 4<<20)}
	}
	var cache *Item
	total := 0
	for i, it := range items {
		cache = it
		items[i] = nil
		runtime.GC()
		total += len(it.name) + len(it.buf)>>20
		if i == 7 {
			fmt.Println("last:", cache.name, heapMB() <= 9)
		}
	}
	fmt.Println("total:", total)
	names := strings.Fields("alpha beta gamma delta")
	for _, n := range names {
		big := make([]byte, 16<<20)
		big[0] = n[0]
		big = nil
		runtime.GC()
		fmt.Println(n, heapMB() < 8)
	}
	s := strings.Repeat("xy", 50000)
	count := 0
	for _, r := range s {
		if count%25000 == 0 {
			runtime.GC()
		}
		if r == 'x' {
			count++
		}
	}
	fmt.Println("runes:", count)
}
