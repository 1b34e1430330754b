package b

import "testing"

func TestSum(t *testing.T) {
	if Sum([]int{1, 2, 3}) != 6 {
		t.Fail()
	}
}

func BenchmarkSum(b *testing.B) {
	xs := make([]int, 100)
	for i := 0; i < b.N; i++ {
		Sum(xs)
	}
}

func BenchmarkAlloc(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = make([]byte, 64)
	}
}
