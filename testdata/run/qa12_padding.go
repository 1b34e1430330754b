// Struct padding, measured the only way a program without unsafe can:
// by how many bytes the allocator hands out for a slice of each layout
// (runtime.MemStats.TotalAlloc deltas around one make).
package main

import (
	"fmt"
	"runtime"
)

type Bad struct {
	a bool
	b int64
	c bool
}

type Good struct {
	b int64
	a bool
	c bool
}

type Mixed struct {
	flag  bool
	count int32
	name  string
	small uint8
	big   [3]int64
	tiny  int16
}

type Packed struct {
	big   [3]int64
	name  string
	count int32
	tiny  int16
	flag  bool
	small uint8
}

type Empty struct{}

type WithEmptyTail struct {
	x int64
	e Empty
}

var sink interface{}

func measure(name string, alloc func() interface{}) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := alloc()
	runtime.ReadMemStats(&after)
	sink = v
	// background allocations of the runtime add a little noise: divide
	// by the element count, which dwarfs it
	fmt.Printf("%-14s %3d bytes per element\n", name, (after.TotalAlloc-before.TotalAlloc)/n)
}

const n = 100000

func main() {
	measure("[]Bad", func() interface{} { return make([]Bad, n) })
	measure("[]Good", func() interface{} { return make([]Good, n) })
	measure("[]Mixed", func() interface{} { return make([]Mixed, n) })
	measure("[]Packed", func() interface{} { return make([]Packed, n) })
	measure("[]Empty", func() interface{} { return make([]Empty, n) })
	measure("[]EmptyTail", func() interface{} { return make([]WithEmptyTail, n) })
	measure("[]byte", func() interface{} { return make([]byte, n) })
	measure("[][4]bool", func() interface{} { return make([][4]bool, n) })
	measure("[]*Good", func() interface{} { return make([]*Good, n) })
	measure("[]string", func() interface{} { return make([]string, n) })
	measure("[]any", func() interface{} { return make([]any, n) })
	bads := make([]Bad, 3)
	goods := make([]Good, 3)
	for i := range bads {
		bads[i].b, goods[i].b = int64(i), int64(i)
	}
	fmt.Println(bads, goods)
	runtime.KeepAlive(sink)
}
