// Tuning the collector: a walk through GOGC via debug.SetGCPercent, what
// runtime.GC() does to the statistics, and the relations MemStats always
// satisfies. Only relations and counts that Go guarantees are printed.
// gosub:nostress PauseNs is a circular buffer of the last 256 pauses: with a collection at every allocation it wraps, so its sum no longer equals PauseTotalNs (in Go too)
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

type Record struct {
	ID      int
	Name    string
	Payload []byte
}

var keep []*Record

func allocate(n, size int) []*Record {
	out := make([]*Record, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, &Record{ID: i, Name: fmt.Sprintf("rec-%04d", i), Payload: make([]byte, size)})
	}
	return out
}

func checkInvariants(label string, m *runtime.MemStats) {
	var problems []string
	if m.HeapAlloc > m.HeapSys {
		problems = append(problems, "HeapAlloc > HeapSys")
	}
	if m.HeapInuse > m.HeapSys {
		problems = append(problems, "HeapInuse > HeapSys")
	}
	if m.HeapIdle+m.HeapInuse != m.HeapSys {
		problems = append(problems, "HeapIdle+HeapInuse != HeapSys")
	}
	if m.HeapReleased > m.HeapIdle {
		problems = append(problems, "HeapReleased > HeapIdle")
	}
	if m.Alloc != m.HeapAlloc {
		problems = append(problems, "Alloc != HeapAlloc")
	}
	if m.Mallocs < m.Frees {
		problems = append(problems, "Mallocs < Frees")
	}
	if m.HeapObjects != m.Mallocs-m.Frees {
		problems = append(problems, "HeapObjects != Mallocs-Frees")
	}
	if m.TotalAlloc < m.HeapAlloc {
		problems = append(problems, "TotalAlloc < HeapAlloc")
	}
	if m.Sys < m.HeapSys {
		problems = append(problems, "Sys < HeapSys")
	}
	if len(problems) == 0 {
		fmt.Printf("%-22s invariants ok\n", label)
	} else {
		fmt.Printf("%-22s BROKEN: %s\n", label, strings.Join(problems, ", "))
	}
}

func gcCount() uint32 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.NumGC
}

func main() {
	old := debug.SetGCPercent(50)
	fmt.Println("default GOGC:", old)
	fmt.Println("after set to 50, previous:", debug.SetGCPercent(200))
	fmt.Println("after set to 200, previous:", debug.SetGCPercent(100))

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	checkInvariants("start", &m)

	before := gcCount()
	runtime.GC()
	runtime.GC()
	runtime.GC()
	after := gcCount()
	fmt.Println("three runtime.GC calls add", after-before, "cycles")

	runtime.ReadMemStats(&m)
	fmt.Println("NumForcedGC >= 3:", m.NumForcedGC >= 3)
	fmt.Println("LastGC set:", m.LastGC > 0, "PauseTotalNs > 0:", m.PauseTotalNs > 0)
	fmt.Println("NextGC >= 4 MiB:", m.NextGC >= 4<<20)

	// Allocate about 8 MB, keep it, and look at the heap.
	keep = allocate(2000, 4096)
	runtime.ReadMemStats(&m)
	checkInvariants("after allocate", &m)
	fmt.Println("heap holds the records:", m.HeapAlloc >= 2000*4096)

	// Turn the collector off: allocation alone no longer starts cycles.
	debug.SetGCPercent(-1)
	start := gcCount()
	var total int
	for round := 0; round < 20; round++ {
		tmp := allocate(200, 8192)
		total += len(tmp)
	}
	fmt.Println("with GOGC=off, allocated", total, "records, cycles started:", gcCount()-start)
	runtime.ReadMemStats(&m)
	checkInvariants("gc off", &m)

	// An explicit collection still runs when the percentage is negative.
	start = gcCount()
	runtime.GC()
	fmt.Println("runtime.GC with GOGC=off ran", gcCount()-start, "cycle")

	// Back on, at an aggressive setting: allocating garbage triggers cycles.
	fmt.Println("previous setting:", debug.SetGCPercent(10))
	start = gcCount()
	for round := 0; round < 40; round++ {
		tmp := allocate(100, 8192)
		total += len(tmp)
	}
	fmt.Println("with GOGC=10 cycles happened:", gcCount()-start > 0)

	// Drop everything and measure what the collector gives back.
	runtime.ReadMemStats(&m)
	withRecords := m.HeapAlloc
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("heap shrank after dropping records:", m.HeapAlloc < withRecords/2)
	checkInvariants("after drop", &m)

	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	fmt.Println("released some memory:", m.HeapReleased > 0)
	checkInvariants("after FreeOSMemory", &m)

	var sum uint64
	n := int(m.NumGC)
	if n > len(m.PauseNs) {
		n = len(m.PauseNs)
	}
	for i := 0; i < n; i++ {
		sum += m.PauseNs[i]
	}
	fmt.Println("PauseNs sums to PauseTotalNs:", sum == m.PauseTotalNs)
	fmt.Println("GOGC restored, previous:", debug.SetGCPercent(100))
}
