// Allocations of maps as runtime.MemStats counts them: the 48-byte header,
// Go's bucket sizes, out-of-line keys and values over 128 bytes, and small
// maps that escape analysis keeps in the frame (no allocation). Only sizes
// where go's figures do not depend on the random hash seed.
// gosub:gcstress=100 it allocates in loops with MemStats reads between; a collection at every allocation takes minutes
package main

import (
	"fmt"
	"runtime"
)

type big struct{ a [200]byte }
type bigKey struct{ a [130]byte }
type node struct {
	next *node
	v    int
}

var sinkMII map[int]int
var sinkMSI map[string]int
var sinkMIB map[int]big
var sinkMBI map[bigKey]int
var sinkMSP map[string]*node
var sinkMI8 map[int8]int8
var sink int

// measure prints the smallest counts of three runs: go's own background
// work sometimes allocates during one of them.
func measure(name string, f func()) {
	var best, bestBytes uint64
	for i := 0; i < 3; i++ {
		var a, b runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&a)
		f()
		runtime.ReadMemStats(&b)
		if n := b.Mallocs - a.Mallocs; i == 0 || n < best {
			best = n
		}
		if n := b.TotalAlloc - a.TotalAlloc; i == 0 || n < bestBytes {
			bestBytes = n
		}
	}
	fmt.Printf("%-28s mallocs=%-6d bytes=%d\n", name, best, bestBytes)
}

func main() {
	for _, n := range []int{0, 1, 5, 8} {
		n := n
		measure(fmt.Sprintf("map[int]int n=%d", n), func() {
			m := make(map[int]int)
			for i := 0; i < n; i++ {
				m[i] = i
			}
			sinkMII = m
		})
		measure(fmt.Sprintf("map[int]int hint n=%d", n), func() {
			m := make(map[int]int, n)
			for i := 0; i < n; i++ {
				m[i] = i
			}
			sinkMII = m
		})
		measure(fmt.Sprintf("map[string]int n=%d", n), func() {
			m := make(map[string]int)
			for i := 0; i < n; i++ {
				m[keys[i]] = i
			}
			sinkMSI = m
		})
		measure(fmt.Sprintf("map[string]*node n=%d", n), func() {
			m := map[string]*node{}
			for i := 0; i < n; i++ {
				m[keys[i]] = nil
			}
			sinkMSP = m
		})
		measure(fmt.Sprintf("map[int8]int8 n=%d", n), func() {
			m := map[int8]int8{}
			for i := 0; i < n; i++ {
				m[int8(i)] = 1
			}
			sinkMI8 = m
		})
	}
	for _, n := range []int{1} {
		n := n
		measure(fmt.Sprintf("map[int]big n=%d", n), func() {
			m := make(map[int]big)
			for i := 0; i < n; i++ {
				m[i] = big{}
			}
			sinkMIB = m
		})
		measure(fmt.Sprintf("map[bigKey]int n=%d", n), func() {
			m := make(map[bigKey]int)
			for i := 0; i < n; i++ {
				var k bigKey
				k.a[0] = byte(i)
				k.a[1] = byte(i >> 8)
				m[k] = i
			}
			sinkMBI = m
		})
	}
	measure("literal 1 key", func() { sinkMII = map[int]int{1: 1} })
	measure("literal 9 keys", func() {
		sinkMII = map[int]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9}
	})
	measure("local map 3 keys", func() {
		m := map[int]int{}
		m[1], m[2], m[3] = 1, 2, 3
		sink = len(m)
	})
	measure("local map hint 8", func() {
		m := make(map[int]int, 8)
		for i := 0; i < 8; i++ {
			m[i] = i
		}
		sink = len(m)
	})
}

var keys = func() []string {
	k := make([]string, 100000)
	for i := range k {
		k[i] = fmt.Sprint("key", i)
	}
	return k
}()
