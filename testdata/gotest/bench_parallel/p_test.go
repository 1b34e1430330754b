package bm

import (
	"sync"
	"sync/atomic"
	"testing"
)

type counter struct {
	mu sync.Mutex
	m  map[int]int
}

func BenchmarkMutexMap(b *testing.B) {
	c := &counter{m: map[int]int{}}
	var ops int64
	b.SetParallelism(4)
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			c.mu.Lock()
			c.m[i%64]++
			c.mu.Unlock()
			i++
			atomic.AddInt64(&ops, 1)
		}
	})
	if ops != int64(b.N) {
		b.Errorf("ops = %d, N = %d", ops, b.N)
	}
}

func BenchmarkQuitsEarly(b *testing.B) {
	b.RunParallel(func(pb *testing.PB) {
		pb.Next()
	})
}
