// What defer costs in allocations: a defer outside a loop needs none (the
// compiler keeps it in the frame), one inside a loop allocates its
// closure when it captures something.
//
// gosub:nostress fmt's printers come from a sync.Pool, which every collection empties (in Go too): a collection at every allocation makes each Fprintln allocate a new one
package main

import (
	"fmt"
	"io"
	"sync"
	"testing"
)

type Store struct {
	mu   sync.Mutex
	data map[string]int
	hits int
}

func (s *Store) Get(k string) (v int, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok = s.data[k]
	if ok {
		s.hits++
	}
	return
}

func (s *Store) GetClosure(k string) int {
	s.mu.Lock()
	defer func() { s.mu.Unlock() }()
	return s.data[k]
}

var order []int

func record(i int) { order = append(order, i) }

func loopDefers(n int) {
	for i := 0; i < n; i++ {
		defer record(i)
	}
}

func guarded(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func twoDefers(x int) (out int) {
	defer func() { out *= 2 }()
	defer func(v int) { out += v }(x)
	return x
}

func logged(x int) int {
	defer fmt.Fprintln(io.Discard, "leaving", x)
	return x * 2
}

func sum(xs ...int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

func deferredVariadic(a, b int) {
	defer sum(a, b)
	sink = a
}

var sink int

func main() {
	s := &Store{data: map[string]int{"a": 1, "b": 2}}
	fmt.Println("defer method:", testing.AllocsPerRun(50, func() { v, _ := s.Get("a"); sink = v }))
	fmt.Println("defer closure:", testing.AllocsPerRun(50, func() { sink = s.GetClosure("b") }))
	fmt.Println("two defers:", testing.AllocsPerRun(50, func() { sink = twoDefers(5) }))
	fmt.Println("recover ok:", testing.AllocsPerRun(50, func() { _ = guarded(func() { sink++ }) }))
	fmt.Println("defer Fprintln:", testing.AllocsPerRun(50, func() { sink = logged(300) }))
	fmt.Println("defer variadic:", testing.AllocsPerRun(50, func() { deferredVariadic(1, 2) }))
	fmt.Println("defers in loop > 0:", testing.AllocsPerRun(10, func() { loopDefers(3); order = order[:0] }) > 0)
	fmt.Println(twoDefers(5), s.hits > 0)
	loopDefers(4)
	fmt.Println(order)
	fmt.Println(guarded(func() { panic("boom") }))
	var nilMap map[string]int
	fmt.Println(guarded(func() { nilMap["x"] = 1 }))
}
