// runtime.GC() called from helpers, two and three calls deep: the callers'
// live data survives, and what they dropped is freed.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Node struct {
	val  int
	next *Node
	tag  string
}

func build(n int) *Node {
	var h *Node
	for i := 0; i < n; i++ {
		h = &Node{val: i, next: h, tag: strings.Repeat("t", i%5)}
	}
	return h
}

func sum(n *Node) int {
	s := 0
	for ; n != nil; n = n.next {
		s += n.val + len(n.tag)
	}
	return s
}

var finalized = make(chan string, 16)

func collect() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func collectVia(label string, keep *Node) int {
	before := sum(keep)
	h := collect()
	_ = h
	return sum(keep) - before
}

func deeper(x *Node) int {
	y := build(50)
	d := collectVia("deeper", x)
	return d + sum(y)
}

func churn() {
	var s [][]byte
	for i := 0; i < 3000; i++ {
		s = append(s, make([]byte, 48))
		if len(s) > 64 {
			s = s[:0]
		}
	}
}

func main() {
	live := build(500)
	want := sum(live)
	dropped := build(20)
	runtime.SetFinalizer(dropped, func(n *Node) { finalized <- "dropped" })
	dropped = nil
	collect()
	churn()
	fmt.Println("live after helper GC:", sum(live) == want)
	fmt.Println("delta:", collectVia("main", live))
	fmt.Println("deeper:", deeper(live), sum(live) == want)
	big := make([]byte, 32<<20)
	big[0] = 1
	big = nil
	h := collect()
	fmt.Println("big freed:", h < 16<<20)
	select {
	case s := <-finalized:
		fmt.Println("finalizer:", s)
	default:
		runtime.Gosched()
		fmt.Println("finalizer:", <-finalized)
	}
	msg := strings.Repeat("ab", 100)
	n := collectVia("msg", build(10))
	fmt.Println(len(msg), msg[:4], n, sum(live) == want)
}
