// Intrinsics (math.Sqrt, bits.OnesCount64, atomic.AddInt64) called through a
// func value gc can resolve (a variable, or a parameter of an inlined body)
// are ordinary calls for gc's inliner: inlined, and costed as functions.
package main

import (
	"fmt"
	"math"
	"math/bits"
	"sync/atomic"
)

func apply(xs []float64, f func(float64) float64) []float64 {
	out := make([]float64, len(xs))
	for i, v := range xs {
		out[i] = f(v)
	}
	return out
}

func count(f func(uint64) int, xs ...uint64) (n int) {
	for _, x := range xs {
		n += f(x)
	}
	return
}

func main() {
	xs := []float64{2.25, -1.5, 9, 10.75}
	fmt.Println(apply(xs, math.Sqrt), apply(xs, math.Floor), apply(xs, math.Ceil), apply(xs, math.Trunc), apply(xs, math.RoundToEven))
	fmt.Println(count(bits.OnesCount64, 7, 255, 1<<40), count(bits.Len64, 1, 1024))
	var c int64
	add := atomic.AddInt64
	add(&c, 5)
	fmt.Println(c, atomic.AddInt64(&c, 1))
	sq := math.Sqrt
	fmt.Println(sq(16), math.Sqrt(2))
}
