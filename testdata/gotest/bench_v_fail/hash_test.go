package hashing

import (
	"fmt"
	"strings"
	"testing"
)

var sink uint32
var ssink string

func TestFNV(t *testing.T) {
	if got := FNV(""); got != 2166136261 {
		t.Errorf("FNV(\"\") = %d", got)
	}
	if FNV("a") == FNV("b") {
		t.Error("collision")
	}
}

func BenchmarkFNV(b *testing.B) {
	for _, n := range []int{8, 64, 1024} {
		s := strings.Repeat("x", n)
		b.Run(fmt.Sprintf("len=%d", n), func(b *testing.B) {
			b.SetBytes(int64(n))
			for i := 0; i < b.N; i++ {
				sink = FNV(s)
			}
		})
	}
}

func BenchmarkConcat(b *testing.B) {
	parts := make([]string, 100)
	for i := range parts {
		parts[i] = fmt.Sprint(i)
	}
	b.Run("plus", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			ssink = Concat(parts, false)
		}
	})
	b.Run("builder", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			ssink = Concat(parts, true)
		}
	})
}

func BenchmarkSetup(b *testing.B) {
	data := make([]string, 0, 1000)
	for i := 0; i < 1000; i++ {
		data = append(data, fmt.Sprintf("key%d", i))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		k := data[i%len(data)]
		b.StartTimer()
		sink += FNV(k)
	}
	b.ReportMetric(float64(len(data)), "keys/op")
}

func BenchmarkSkipped(b *testing.B) {
	b.Skip("not today")
}

func BenchmarkLog(b *testing.B) {
	b.Logf("N is positive: %v", b.N > 0)
	for i := 0; i < b.N; i++ {
	}
}

func BenchmarkBroken(b *testing.B) {
	if b.N > 1 {
		b.Fatalf("cannot run %s with N > 1", b.Name())
	}
}
