// Package testing: Go 1.19's testing package as far as gosub goes: the
// test runner behind `gosub test` (run.go: T, M, subtests, the -test.*
// flags), benchmarks (benchmark.go: B, also testing.Benchmark from a main
// program), and AllocsPerRun (blog posts on allocations call it from main
// as often as from a benchmark).
package testing

import "runtime"

// AllocsPerRun returns the average number of heap allocations during one
// call to f, over runs calls after one warm-up call.  As in Go, the result
// is an integer (the division truncates) returned as a float64, and
// GOMAXPROCS is 1 while it measures.
func AllocsPerRun(runs int, f func()) (avg float64) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))

	f() // the warm-up call: first-time allocations do not count

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	start := ms.Mallocs
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&ms)
	return float64((ms.Mallocs - start) / uint64(runs))
}
