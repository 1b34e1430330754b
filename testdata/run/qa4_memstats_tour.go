// How much does it allocate? A tour with runtime.ReadMemStats deltas
// around small experiments: mallocs per operation for strings, slices,
// maps, interfaces and closures, heap growth and release with runtime.GC,
// and GC counts under debug.SetGCPercent. Only deltas are printed, and
// only those Go guarantees (exact small counts, "at least" thresholds).
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
)

type point struct{ x, y int }

var sinkStr string
var sinkAny interface{}
var sinkSlice []int
var sinkPtr *point
var sinkMap map[int]int

func mallocs(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs
}

func heapAfterGC() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

//go:noinline
func newPoint(x, y int) *point { return &point{x, y} }

//go:noinline
func sum(p point) int { return p.x + p.y }

func main() {
	debug.SetGCPercent(-1) // no collections during the counts
	experiments := []struct {
		name string
		f    func()
	}{
		{"nothing", func() {}},
		{"stack struct", func() { p := point{1, 2}; _ = sum(p) }},
		{"escaping struct", func() { sinkPtr = newPoint(1, 2) }},
		{"10 escaping structs", func() {
			for i := 0; i < 10; i++ {
				sinkPtr = newPoint(i, i)
			}
		}},
		{"make 100 ints", func() { sinkSlice = make([]int, 100) }},
		{"append 1000 from nil", func() {
			var s []int
			for i := 0; i < 1000; i++ {
				s = append(s, i)
			}
			sinkSlice = s
		}},
		{"append 1000 prealloc", func() {
			s := make([]int, 0, 1000)
			for i := 0; i < 1000; i++ {
				s = append(s, i)
			}
			sinkSlice = s
		}},
		{"concat 2 strings", func() { sinkStr = sinkStr[:0] + strconv.Itoa(12345) + "-suffix" }},
		{"Builder 100 writes", func() {
			var b strings.Builder
			b.Grow(400)
			for i := 0; i < 100; i++ {
				b.WriteString("abcd")
			}
			sinkStr = b.String()
		}},
		{"int to iface small", func() { sinkAny = 7 }},
		{"int to iface big", func() { sinkAny = 123456789 }},
		{"string to iface", func() { sinkAny = "constant" }},
		{"struct to iface", func() { sinkAny = point{3, 4} }},
		{"map 8 inserts", func() {
			m := make(map[int]int)
			for i := 0; i < 8; i++ {
				m[i] = i
			}
			sinkMap = m
		}},
		{"closure capture", func() {
			n := 0
			inc := func() { n++ }
			for i := 0; i < 5; i++ {
				inc()
			}
			sinkAny = n
		}},
		{"[]byte(string) 64", func() { sinkAny = []byte(strings.Repeat("x", 64)) }},
	}
	for _, e := range experiments {
		e.f() // warm up: first calls may allocate lazily
		fmt.Printf("%-22s %d\n", e.name, mallocs(e.f))
	}

	fmt.Println("== heap growth and release")
	base := heapAfterGC()
	var keep [][]byte
	for i := 0; i < 64; i++ {
		keep = append(keep, make([]byte, 64<<10))
	}
	grown := heapAfterGC()
	fmt.Println("64 x 64KiB retained: heap grew >= 4MiB:", grown-base >= 4<<20)
	keep = nil
	released := heapAfterGC()
	fmt.Println("after dropping them: back within 256KiB of base:", released < base+256<<10)
	runtime.KeepAlive(keep)

	fmt.Println("== GC cycles vs GOGC")
	for _, pct := range []int{50, 100, 400} {
		debug.SetGCPercent(pct)
		runtime.GC()
		var a, b runtime.MemStats
		runtime.ReadMemStats(&a)
		live := make([][]byte, 0, 128)
		for i := 0; i < 128; i++ {
			live = append(live, make([]byte, 32<<10)) // 4 MiB live
		}
		for i := 0; i < 4000; i++ {
			sinkSlice = make([]int, 1024) // 32 MiB garbage
		}
		runtime.ReadMemStats(&b)
		runtime.KeepAlive(live)
		fmt.Printf("GOGC=%d: collections happened: %v\n", pct, b.NumGC > a.NumGC)
	}
	old := debug.SetGCPercent(100)
	fmt.Println("previous percent:", old)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("sane stats:", m.HeapInuse >= m.HeapAlloc/2, m.Sys >= m.HeapSys, m.TotalAlloc >= m.HeapAlloc, m.Frees <= m.Mallocs, m.NumGC > 0)
}
