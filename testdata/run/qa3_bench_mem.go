// gosub:nostress testing.Benchmark runs each body until it lasts a second: a collection per allocation would take hours
//
// Measuring allocations with testing.Benchmark from a main program:
// Sprintf vs strconv, slices with and without pre-allocation,
// value vs pointer elements, and a reused buffer. Only B/op and allocs/op
// are printed: they depend on the code, not on the machine's speed.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"
)

type Point struct{ X, Y, Z float64 }

var (
	sinkMap    map[int]int
	sinkPts    []Point
	sinkPtrs   []*Point
	sinkBytes  []byte
	sinkString string
)

func fillMap(n int, hint bool) map[int]int {
	var m map[int]int
	if hint {
		m = make(map[int]int, n)
	} else {
		m = make(map[int]int)
	}
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m
}

func values(n int) []Point {
	pts := make([]Point, 0, n)
	for i := 0; i < n; i++ {
		pts = append(pts, Point{float64(i), 0, 1})
	}
	return pts
}

func pointers(n int) []*Point {
	pts := make([]*Point, 0, n)
	for i := 0; i < n; i++ {
		pts = append(pts, &Point{float64(i), 0, 1})
	}
	return pts
}

var scratch = make([]byte, 0, 256)

func render(reuse bool, parts []string) []byte {
	var b []byte
	if reuse {
		b = scratch[:0]
	}
	for _, p := range parts {
		b = append(b, p...)
		b = append(b, ',')
	}
	return b
}

type result struct {
	name string
	res  testing.BenchmarkResult
}

func main() {
	parts := strings.Fields("alpha beta gamma delta epsilon zeta eta theta")
	var results []result
	add := func(name string, f func(b *testing.B)) {
		results = append(results, result{name, testing.Benchmark(f)})
	}

	add("Sprintf int", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkString = fmt.Sprintf("id-%d", i%1000+1000)
		}
	})
	add("concat Itoa", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkString = "id-" + strconv.Itoa(i%1000+1000)
		}
	})
	add("100 values", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkPts = values(100)
		}
	})
	add("100 pointers", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkPtrs = pointers(100)
		}
	})
	add("render fresh", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkBytes = render(false, parts)
		}
	})
	add("render reuse", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkBytes = render(true, parts)
		}
	})
	add("setup excluded", func(b *testing.B) {
		b.StopTimer()
		big := make([]byte, 1<<20)
		b.StartTimer()
		for i := 0; i < b.N; i++ {
			sinkString = string(big[:8])
		}
	})

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "benchmark\tB/op\tallocs/op\t")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%d\t%d\t\n", r.name, r.res.AllocedBytesPerOp(), r.res.AllocsPerOp())
	}
	tw.Flush()
	fmt.Println(results[2].res.MemString())
	fmt.Println("pointers cost more allocations:", results[3].res.AllocsPerOp() > results[2].res.AllocsPerOp())
	fmt.Println("map with hint (not benchmarked: bucket overflow varies with the hash seed):", len(fillMap(64, true)), len(fillMap(64, false)))
	fmt.Println("ran more than once:", results[0].res.N > 1)
}
