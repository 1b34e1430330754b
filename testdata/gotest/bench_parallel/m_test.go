package bm

import "testing"

func BenchmarkMetrics(b *testing.B) {
	b.SetBytes(1024)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
	}
	b.ReportMetric(3, "zeta/op")
	b.ReportMetric(1.5, "alpha/op")
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(12345678, "big/op")
	b.ReportMetric(0.000123, "tiny/op")
}

func BenchmarkParallel(b *testing.B) {
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
		}
	})
}
