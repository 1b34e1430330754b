// "Benchmark from main": comparing string-building strategies and slice
// pre-allocation with testing.Benchmark, printing only the allocation
// figures (B/op, allocs/op), which do not depend on the machine's speed.
// gosub:nostress B/op counts tiny allocations, and a collection retires the tiny block (in Go too), so the bytes depend on when collections happen
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

var words = strings.Fields("escape analysis decides whether a value can live on the stack or must move to the heap")

var sink string
var sinkInts []int

func concat() string {
	s := ""
	for _, w := range words {
		s += w + " "
	}
	return s
}

func builder() string {
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}

func builderGrow() string {
	n := 0
	for _, w := range words {
		n += len(w) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}

func buffer() string {
	var b bytes.Buffer
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}

func join() string { return strings.Join(words, " ") + " " }

func sprintf() string { return fmt.Sprint(words) }

func appendGrow(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func appendPrealloc(n int) []int {
	s := make([]int, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func itoaLoop() string {
	var b []byte
	for i := 0; i < 20; i++ {
		b = strconv.AppendInt(b, int64(i*37), 10)
	}
	return string(b)
}

func main() {
	fmt.Println(len(concat()), len(builder()), len(builderGrow()), len(buffer()), len(join()))
	strategies := []struct {
		name string
		f    func() string
	}{
		{"concat +=", concat},
		{"strings.Builder", builder},
		{"Builder+Grow", builderGrow},
		{"bytes.Buffer", buffer},
		{"strings.Join", join},
		{"AppendInt", itoaLoop},
	}
	for _, s := range strategies {
		f := s.f
		res := testing.Benchmark(func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sink = f()
			}
		})
		fmt.Printf("%-16s %s\n", s.name, res.MemString())
	}
	for _, n := range []int{10, 100, 1000} {
		n := n
		grow := testing.Benchmark(func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				sinkInts = appendGrow(n)
			}
		})
		pre := testing.Benchmark(func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				sinkInts = appendPrealloc(n)
			}
		})
		fmt.Printf("n=%-5d append: %2d allocs %6d B | prealloc: %d allocs %6d B\n", n,
			grow.AllocsPerOp(), grow.AllocedBytesPerOp(), pre.AllocsPerOp(), pre.AllocedBytesPerOp())
	}
	failed := testing.Benchmark(func(b *testing.B) {
		b.Fatal("not today")
	})
	fmt.Println("failed benchmark N:", failed.N, failed.AllocsPerOp())
	_ = sprintf
}
