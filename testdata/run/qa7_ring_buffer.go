// A fixed-capacity generic ring buffer backed by an array, used as a
// sliding window over a stream of samples, and a byte ring for log lines.
package main

import (
	"fmt"
	"strings"
)

type Ring[T any] struct {
	buf   [8]T
	head  int
	count int
}

func (r *Ring[T]) Push(v T) (evicted T, full bool) {
	if r.count == len(r.buf) {
		evicted = r.buf[r.head]
		full = true
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return
	}
	r.buf[(r.head+r.count)%len(r.buf)] = v
	r.count++
	return
}

func (r *Ring[T]) Len() int { return r.count }

func (r *Ring[T]) Items() []T {
	out := make([]T, 0, r.count)
	for i := 0; i < r.count; i++ {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

type ByteRing struct {
	data []byte
	w    int
	wrap bool
}

func NewByteRing(n int) *ByteRing {
	return &ByteRing{data: make([]byte, n)}
}

func (b *ByteRing) Write(p []byte) (int, error) {
	for _, c := range p {
		b.data[b.w] = c
		b.w++
		if b.w == len(b.data) {
			b.w = 0
			b.wrap = true
		}
	}
	return len(p), nil
}

func (b *ByteRing) String() string {
	if !b.wrap {
		return string(b.data[:b.w])
	}
	return string(b.data[b.w:]) + string(b.data[:b.w])
}

func movingAverage(samples []float64) []float64 {
	var r Ring[float64]
	sum := 0.0
	avgs := make([]float64, 0, len(samples))
	for _, s := range samples {
		old, full := r.Push(s)
		sum += s
		if full {
			sum -= old
		}
		avgs = append(avgs, sum/float64(r.Len()))
	}
	return avgs
}

func main() {
	samples := make([]float64, 12)
	for i := range samples {
		samples[i] = float64(i * i % 7)
	}
	for i, a := range movingAverage(samples) {
		fmt.Printf("%2d %.3f\n", i, a)
	}

	var names Ring[string]
	for _, w := range strings.Fields("one two three four five six seven eight nine ten") {
		if old, full := names.Push(w); full {
			fmt.Println("evicted", old)
		}
	}
	fmt.Println(names.Items())

	log := NewByteRing(24)
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(log, "line %d;", i)
	}
	fmt.Printf("%q\n", log.String())
}
