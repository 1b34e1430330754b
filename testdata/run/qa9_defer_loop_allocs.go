// What does a defer cost? Outside a loop gc open-codes it (no allocation);
// inside a loop every iteration records a deferred call. AllocsPerRun
// for several shapes of deferred call.
package main

import (
	"fmt"
	"sync"
	"testing"
)

var mu sync.Mutex
var counter int

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	counter += t
	return t
}

func bump() { counter++ }

func once() {
	mu.Lock()
	defer mu.Unlock()
	counter++
}

func loopPlain(n int) {
	for i := 0; i < n; i++ {
		defer bump()
	}
}

func loopArgs(n int) {
	for i := 0; i < n; i++ {
		defer sum(i, i)
	}
}

func loopClosure(n int) {
	for i := 0; i < n; i++ {
		defer func() { counter++ }()
	}
}

func loopCapture(n int) {
	for i := 0; i < n; i++ {
		defer func() { counter += i }()
	}
}

func loopMethod(n int) {
	for i := 0; i < n; i++ {
		mu.Lock()
		defer mu.Unlock()
		counter++
		mu.Unlock()
		mu.Lock()
	}
}

func main() {
	loopPlain(2)
	loopArgs(2)
	loopClosure(2)
	loopCapture(2)
	loopMethod(1)
	once()
	fmt.Println("counter", counter)
	fmt.Println("once:", testing.AllocsPerRun(100, once))
	fmt.Println("plain x3:", testing.AllocsPerRun(100, func() { loopPlain(3) }))
	fmt.Println("args x3:", testing.AllocsPerRun(100, func() { loopArgs(3) }))
	fmt.Println("closure x3:", testing.AllocsPerRun(100, func() { loopClosure(3) }))
	fmt.Println("capture x3:", testing.AllocsPerRun(100, func() { loopCapture(3) }))
}
