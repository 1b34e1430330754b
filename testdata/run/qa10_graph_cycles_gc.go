// Cyclic object graphs: nodes pointing at each other are collected once
// unreachable; runtime.KeepAlive and finalizer-free counting via MemStats.
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	ID    int
	Edges []*Node
	Data  [256]byte
}

func ring(n int) *Node {
	nodes := make([]*Node, n)
	for i := range nodes {
		nodes[i] = &Node{ID: i}
	}
	for i, nd := range nodes {
		nd.Edges = append(nd.Edges, nodes[(i+1)%n], nodes[(i+n-1)%n])
	}
	return nodes[0]
}

func walk(start *Node) (count, idSum int) {
	seen := map[*Node]bool{}
	stack := []*Node{start}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[n] {
			continue
		}
		seen[n] = true
		count++
		idSum += n.ID
		stack = append(stack, n.Edges...)
	}
	return
}

func heapLive() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func main() {
	runtime.GC()
	base := heapLive()
	r := ring(1000)
	fmt.Println(walk(r))
	runtime.GC()
	withRing := heapLive()
	fmt.Println("ring retained", withRing-base > 200*1000)
	runtime.KeepAlive(r)

	r = nil
	runtime.GC()
	after := heapLive()
	fmt.Println("cycle collected", after < base+100*1000)

	var keep []*Node
	for i := 0; i < 5; i++ {
		keep = append(keep, ring(10))
	}
	total := 0
	for _, k := range keep {
		c, _ := walk(k)
		total += c
	}
	fmt.Println(total)
	runtime.GC()
	fmt.Println(runtime.NumGoroutine())
}
