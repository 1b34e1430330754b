package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Sample struct {
	ID    uint32
	Value float64
	Tag   [6]byte
}

// Ring is a fixed-size ring of samples; writes overwrite the oldest.
type Ring struct {
	mu      sync.Mutex
	buf     []Sample
	head    int
	size    int
	written atomic.Uint64
	dropped atomic.Uint64
}

func NewRing(n int) *Ring {
	return &Ring{buf: make([]Sample, n)}
}

func (r *Ring) Push(s Sample) {
	r.mu.Lock()
	idx := (r.head + r.size) % len(r.buf)
	if r.size == len(r.buf) {
		r.head = (r.head + 1) % len(r.buf)
		r.dropped.Add(1)
	} else {
		r.size++
	}
	r.buf[idx] = s
	r.mu.Unlock()
	r.written.Add(1)
}

func (r *Ring) Snapshot(dst []Sample) []Sample {
	r.mu.Lock()
	defer r.mu.Unlock()
	dst = dst[:0]
	for i := 0; i < r.size; i++ {
		dst = append(dst, r.buf[(r.head+i)%len(r.buf)])
	}
	return dst
}

func (r *Ring) Mean() float64 {
	var snap [16]Sample
	s := r.Snapshot(snap[:0])
	if len(s) == 0 {
		return 0
	}
	var t float64
	for i := range s {
		t += s[i].Value
	}
	return t / float64(len(s))
}

func tag(s string) (t [6]byte) {
	copy(t[:], s)
	return
}

type Counter struct {
	hits   int64
	misses int64
}

func (c *Counter) Hit()  { atomic.AddInt64(&c.hits, 1) }
func (c *Counter) Miss() { atomic.AddInt64(&c.misses, 1) }
func (c *Counter) Ratio() float64 {
	h := atomic.LoadInt64(&c.hits)
	m := atomic.LoadInt64(&c.misses)
	return float64(h) / float64(h+m)
}

func main() {
	r := NewRing(8)
	var wg sync.WaitGroup
	var c Counter
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				r.Push(Sample{ID: uint32(w*100 + i), Value: 1, Tag: tag("w")})
				if i%3 == 0 {
					c.Miss()
				} else {
					c.Hit()
				}
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("written", r.written.Load(), "dropped", r.dropped.Load(), "size", r.size, "mean", r.Mean())
	fmt.Printf("ratio %.3f\n", c.Ratio())

	r2 := NewRing(4)
	for i := 1; i <= 6; i++ {
		r2.Push(Sample{ID: uint32(i), Value: float64(i) * 1.5, Tag: tag(fmt.Sprintf("s%d", i))})
	}
	out := r2.Snapshot(nil)
	for _, s := range out {
		fmt.Printf("%d %.1f %q\n", s.ID, s.Value, string(s.Tag[:2]))
	}
	fmt.Println(r2.Mean(), cap(out) >= 4, r2.dropped.Load())
}
