// A guided tour of the garbage collector's knobs, as a blog post would
// print it: SetGCPercent return values, explicit runtime.GC and NumGC,
// MemStats relations that always hold, how much an allocation really costs
// (size classes), and objects whose lifetime ends (finalizers).
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"time"
)

type Node struct {
	Next *Node
	Val  [6]int64
}

var sink interface{}

//go:noinline
func allocList(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{Next: head}
		head.Val[0] = int64(i)
	}
	return head
}

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%-22s mallocs=%-5d bytes=%-7d\n", name, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)
}

func checkInvariants(tag string) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	ok := m.HeapAlloc == m.Alloc &&
		m.HeapObjects == m.Mallocs-m.Frees &&
		m.HeapInuse <= m.HeapSys &&
		m.HeapIdle <= m.HeapSys &&
		m.TotalAlloc >= m.HeapAlloc &&
		m.Sys >= m.HeapSys &&
		m.NumGC >= m.NumForcedGC &&
		len(m.PauseNs) == 256 &&
		len(m.BySize) == 61
	fmt.Printf("invariants %-12s %v\n", tag, ok)
}

func main() {
	old := debug.SetGCPercent(-1)
	fmt.Println("default GOGC:", old, "env:", os.Getenv("GOGC") == "")
	fmt.Println("set 50, previous:", debug.SetGCPercent(50))
	fmt.Println("set -1, previous:", debug.SetGCPercent(-1))

	var s1, s2 runtime.MemStats
	runtime.ReadMemStats(&s1)
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&s2)
	fmt.Println("explicit collections:", s2.NumGC-s1.NumGC, "forced:", s2.NumForcedGC-s1.NumForcedGC)
	checkInvariants("start")

	measure("nothing", func() {})
	measure("new(int64)", func() { sink = new(int64) })
	measure("[]byte 1", func() { sink = make([]byte, 1) })
	measure("[]byte 17", func() { sink = make([]byte, 17) })
	measure("[]byte 100", func() { sink = make([]byte, 100) })
	measure("[]byte 1000", func() { sink = make([]byte, 1000) })
	measure("[]byte 5000", func() { sink = make([]byte, 5000) })
	measure("[]int64 3", func() { sink = make([]int64, 3) })
	measure("Node", func() { sink = &Node{} })
	measure("list of 100 Nodes", func() { sink = allocList(100) })
	measure("string concat", func() {
		a, b := "hello, ", "world"
		sink = a + b
	})
	measure("map with 1 key", func() {
		m := map[int]int{1: 1}
		sink = m
	})
	measure("append 8 ints", func() {
		var s []int
		for i := 0; i < 8; i++ {
			s = append(s, i)
		}
		sink = s
	})
	measure("prealloc 8 ints", func() {
		s := make([]int, 0, 8)
		for i := 0; i < 8; i++ {
			s = append(s, i)
		}
		sink = s
	})
	sink = nil

	// Live heap grows with a reachable list and shrinks after it is dropped.
	runtime.GC()
	var before, during, after runtime.MemStats
	runtime.ReadMemStats(&before)
	list := allocList(10000)
	runtime.GC()
	runtime.ReadMemStats(&during)
	grew := during.HeapAlloc - before.HeapAlloc
	fmt.Println("list alive, heap grew by >= 9000*64:", grew >= 9000*64, "objects >= 9000:", during.HeapObjects-before.HeapObjects >= 9000)
	n := 0
	for p := list; p != nil; p = p.Next {
		n++
	}
	fmt.Println("list length:", n)
	runtime.KeepAlive(list)
	list = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("after drop, heap back below during:", after.HeapAlloc < during.HeapAlloc, "frees grew:", after.Frees-during.Frees >= 10000)
	checkInvariants("after drop")

	// Finalizers run after the object becomes unreachable.
	done := make(chan string, 3)
	for i := 0; i < 3; i++ {
		obj := &Node{}
		obj.Val[0] = int64(i)
		runtime.SetFinalizer(obj, func(n *Node) { done <- fmt.Sprint("finalized ", n.Val[0]) })
	}
	runtime.GC()
	got := map[string]bool{}
	timeout := time.After(2 * time.Second)
	for len(got) < 3 {
		select {
		case s := <-done:
			got[s] = true
		case <-timeout:
			fmt.Println("timeout waiting for finalizers")
			goto out
		}
	}
out:
	fmt.Println("finalizers run:", len(got), got["finalized 0"], got["finalized 2"])

	debug.SetGCPercent(100)
	var last runtime.MemStats
	runtime.ReadMemStats(&last)
	before2 := last.NumGC
	for i := 0; i < 200; i++ {
		sink = make([]byte, 64<<10)
	}
	runtime.ReadMemStats(&last)
	fmt.Println("GOGC=100 collected on its own:", last.NumGC > before2)
	fmt.Println("GCCPUFraction in [0,1]:", last.GCCPUFraction >= 0 && last.GCCPUFraction <= 1)
	fmt.Println("LastGC set:", last.LastGC > 0, "PauseTotalNs > 0:", last.PauseTotalNs > 0)
	fmt.Println("NextGC > 0:", last.NextGC > 0, "EnableGC:", last.EnableGC, "DebugGC:", last.DebugGC)
	checkInvariants("end")
}
