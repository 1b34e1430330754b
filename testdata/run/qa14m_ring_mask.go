// A ring buffer whose capacity is a power of two, indexed by free-running
// uint32 counters masked into the backing array.
package main

import (
	"errors"
	"fmt"
)

var ErrFull = errors.New("ring: full")
var ErrEmpty = errors.New("ring: empty")

type Ring[T any] struct {
	buf  []T
	mask uint32
	head uint32 // next read
	tail uint32 // next write
}

func nextPow2(n int) int {
	p := 1
	for p < n {
		p <<= 1
	}
	return p
}

func NewRing[T any](n int) *Ring[T] {
	size := nextPow2(n)
	return &Ring[T]{buf: make([]T, size), mask: uint32(size - 1)}
}

func (r *Ring[T]) Len() int { return int(r.tail - r.head) }
func (r *Ring[T]) Cap() int { return len(r.buf) }

func (r *Ring[T]) Push(v T) error {
	if r.Len() == len(r.buf) {
		return ErrFull
	}
	r.buf[r.tail&r.mask] = v
	r.tail++
	return nil
}

func (r *Ring[T]) Pop() (T, error) {
	var zero T
	if r.head == r.tail {
		return zero, ErrEmpty
	}
	v := r.buf[r.head&r.mask]
	r.buf[r.head&r.mask] = zero // drop the reference for the GC
	r.head++
	return v, nil
}

// Overwrite pushes v, dropping the oldest element when full.
func (r *Ring[T]) Overwrite(v T) (dropped bool) {
	if r.Len() == len(r.buf) {
		r.head++
		dropped = true
	}
	r.buf[r.tail&r.mask] = v
	r.tail++
	return
}

func (r *Ring[T]) Snapshot() []T {
	out := make([]T, 0, r.Len())
	for i := r.head; i != r.tail; i++ {
		out = append(out, r.buf[i&r.mask])
	}
	return out
}

type sample struct {
	id    int
	value float64
}

func main() {
	r := NewRing[int](5)
	fmt.Println("cap", r.Cap(), "mask", r.mask)
	for i := 0; i < 10; i++ {
		if err := r.Push(i * i); err != nil {
			fmt.Println("push", i, err)
			break
		}
	}
	fmt.Println(r.Snapshot())
	for i := 0; i < 3; i++ {
		v, _ := r.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()

	// wrap the counters around 2^32
	w := NewRing[string](4)
	w.head = ^uint32(0) - 1
	w.tail = w.head
	for _, s := range []string{"a", "b", "c", "d", "e", "f"} {
		if w.Overwrite(s) {
			fmt.Println("dropped before", s)
		}
	}
	fmt.Println(w.Snapshot(), w.Len(), w.head, w.tail)

	samples := NewRing[*sample](3)
	for i := 0; i < 4; i++ {
		samples.Overwrite(&sample{id: i, value: float64(i) / 2})
	}
	for {
		s, err := samples.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("drained:", err)
			break
		}
		fmt.Printf("%d:%.1f\n", s.id, s.value)
	}
}
