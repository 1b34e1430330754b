package b

import (
	"fmt"
	"testing"
)

func BenchmarkSizes(b *testing.B) {
	for _, n := range []int{10, 1000} {
		xs := make([]int, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Sum(xs)
			}
		})
	}
	b.Run("skipped", func(b *testing.B) { b.Skip("not today") })
}

func BenchmarkLogs(b *testing.B) {
	if b.N == 1 {
		b.Log("first run")
	}
	for i := 0; i < b.N; i++ {
	}
}
