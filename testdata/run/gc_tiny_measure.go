// gosub:nostress a collection between two tiny allocations retires the tiny block (in Go too), so the last line depends on when collections happen

// ReadMemStats retires the tiny block: each measured tiny allocation
// starts a new 16-byte block (B24).
package main

import (
	"fmt"
	"runtime"
)

var sink interface{}

func measure(f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Println(b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}

func main() {
	measure(func() { sink = new(int64) })
	measure(func() { sink = new(int64) })
	measure(func() { sink = new(int32) })
	measure(func() { sink = new([3]byte) })
	measure(func() { sink = new([3]byte); sink = new(int32) })
}
