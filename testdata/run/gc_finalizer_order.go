// Finalizers of objects that die together run newest first (Go runs each
// batch of queued finalizers in reverse, and queues a span's objects in
// address order).
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct {
	id  int
	pad [3]int
}

func mk() {
	for i := 1; i <= 5; i++ {
		t := &T{id: i}
		runtime.SetFinalizer(t, func(t *T) { fmt.Println("finalize", t.id) })
	}
}

func main() {
	mk()
	runtime.GC()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("done")
}
