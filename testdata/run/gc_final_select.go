// Finalizers of objects appended to a global slice in a finished function:
// the helper that waits for them calls runtime.GC() in a loop with select
// and time.After (docs/bugs.md B31).
package main

import (
	"fmt"
	"runtime"
	"time"
)

type R struct {
	id   int
	data []byte
}

var done = make(chan int, 10)

func newR(id int) *R {
	r := &R{id: id, data: make([]byte, 1024)}
	runtime.SetFinalizer(r, func(r *R) { done <- r.id })
	return r
}

func collect(want int) int {
	got := 0
	for i := 0; i < 50 && got < want; i++ {
		runtime.GC()
		select {
		case <-done:
			got++
		case <-time.After(10 * time.Millisecond):
		}
	}
	return got
}

var keep []*R

//go:noinline
func setup() {
	keep = append(keep, newR(1), newR(2))
	keep = nil
}

func main() {
	setup()
	fmt.Println("finalized:", collect(2))
	for i := 0; i < 3; i++ {
		keep = append(keep, newR(10+i))
	}
	keep = nil
	fmt.Println("finalized again:", collect(3))
}
