// HeapObjects and HeapAlloc deltas after runtime.GC(), with the objects
// built in helpers, dropped in frames with defer and switch, and the
// collection requested from a helper reached through a closure.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	pad  [48]byte
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head}
	}
	return head
}

func count(h *node) int {
	c := 0
	for ; h != nil; h = h.next {
		c++
	}
	return c
}

func stats() (objs, alloc uint64) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapObjects, m.HeapAlloc
}

func measure(label string, gc func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	gc()
	o0, a0 := stats()
	list := build(10000)
	mode := len(label) % 3
	switch mode {
	case 0:
		fmt.Println(label, "built", count(list))
	case 1:
		fmt.Println(label, "built", count(list), "(odd)")
	default:
		fmt.Println(label, "built", count(list), "(other)")
	}
	o1, a1 := stats()
	fmt.Println(label, "objects grew by at least 10000:", o1-o0 >= 10000, "bytes by at least 640000:", a1-a0 >= 640000)
	list = nil
	gc()
	o2, a2 := stats()
	fmt.Println(label, "objects back within 100:", o2 < o0+100, "bytes back within 16 KiB:", a2 < a0+16<<10)
}

func main() {
	defer fmt.Println("done")
	measure("direct", runtime.GC)
	measure("closure", func() { runtime.GC() })
	twice := func() {
		for i := 0; i < 2; i++ {
			runtime.GC()
		}
	}
	measure("loop", twice)
	var big [][]byte
	for i := 0; i < 16; i++ {
		big = append(big, make([]byte, 1<<20))
	}
	_, a0 := stats()
	fmt.Println("16 MiB held:", a0 >= 16<<20)
	big = nil
	select {
	default:
		runtime.GC()
	}
	_, a1 := stats()
	fmt.Println("16 MiB freed:", a1 < 2<<20)
}
