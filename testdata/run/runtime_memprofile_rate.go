// runtime.MemProfileRate as a sampling rate: allocations are sampled on
// average once per MemProfileRate bytes (a Poisson process), so an object
// of s bytes is recorded with probability 1 - exp(-s/rate); scaling the
// records back (pprof's rule) recovers the real counts.  The margins are
// wide (tens of standard deviations): the output is the same every run.
// gosub:gcstress=1000 1.2 million allocations: a collection at each would take minutes
package main

import (
	"fmt"
	"math"
	"runtime"
)

var sink *[1024]byte
var sink2 *[96]byte
var sink3 *[8192]byte

//go:noinline
func alloc1k(n int) {
	for i := 0; i < n; i++ {
		sink = new([1024]byte)
	}
}

//go:noinline
func alloc96(n int) {
	for i := 0; i < n; i++ {
		sink2 = new([96]byte)
	}
}

//go:noinline
func alloc8k(n int) {
	for i := 0; i < n; i++ {
		sink3 = new([8192]byte)
	}
}

func sampled(fn string) (objects, bytes int64) {
	runtime.GC()
	runtime.GC()
	n, _ := runtime.MemProfile(nil, true)
	p := make([]runtime.MemProfileRecord, n+50)
	n, _ = runtime.MemProfile(p, true)
	for _, r := range p[:n] {
		frames := runtime.CallersFrames(r.Stack())
		f, _ := frames.Next()
		if f.Function == fn {
			objects += r.AllocObjects
			bytes += r.AllocBytes
		}
	}
	return
}

func check(fn string, count, size int64) {
	objects, bytes := sampled(fn)
	rate := float64(runtime.MemProfileRate)
	p := 1 - math.Exp(-float64(size)/rate)
	expected := float64(count) * p
	scaled := float64(objects) / p
	fmt.Printf("%s: bytes per sample %d, sampled within 10%% of %.0f: %v, unsampled within 10%% of %d: %v\n",
		fn, bytes/objects, expected, math.Abs(float64(objects)-expected) < expected/10,
		count, math.Abs(scaled-float64(count)) < float64(count)/10)
}

func main() {
	runtime.MemProfileRate = 16 * 1024
	alloc1k(200000)
	check("main.alloc1k", 200000, 1024)
	alloc96(1000000)
	check("main.alloc96", 1000000, 96)
	alloc8k(30000)
	check("main.alloc8k", 30000, 8192)
}
