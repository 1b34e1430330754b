// gosub:gcstress=1000 100000 live list nodes: a collection at every allocation is quadratic
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	val  int
	next *Node
}

func main() {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	base := m.HeapObjects
	var head *Node
	for i := 0; i < 100000; i++ {
		head = &Node{val: i, next: head}
	}
	runtime.ReadMemStats(&m)
	fmt.Println("objects grew by >= 100000:", m.HeapObjects-base >= 100000)
	n := 0
	for p := head; p != nil; p = p.next {
		n++
	}
	fmt.Println("length", n)
	head = nil
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("objects back near base:", m.HeapObjects < base+1000)
}
