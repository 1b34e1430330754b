// Finalizers on small pointer-free objects that the tiny allocator packs
// into one 16-byte block: when the block dies, every finalizer in it runs
// (not just the first one's), each with its own object.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type cell struct{ v int32 } // 4 bytes, no pointers: packed four to a block

func main() {
	const n = 64
	done := make(chan int32, n)
	for i := 0; i < n; i++ {
		c := &cell{int32(i)}
		runtime.SetFinalizer(c, func(c *cell) { done <- c.v })
	}
	runtime.GC()
	var got []int
	timeout := time.After(2 * time.Second)
loop:
	for {
		select {
		case v := <-done:
			got = append(got, int(v))
		case <-timeout:
			break loop
		}
		if len(got) >= n-4 {
			break
		}
	}
	sort.Ints(got)
	ok := true
	for i := 1; i < len(got); i++ {
		if got[i] == got[i-1] || got[i] < 0 || got[i] >= n {
			ok = false
		}
	}
	fmt.Println("finalized at least", n-4, ":", len(got) >= n-4)
	fmt.Println("distinct and in range:", ok)
}
