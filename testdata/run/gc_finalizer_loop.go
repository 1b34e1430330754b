package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

type Resource struct {
	id   int
	data []byte
}

var finalized int32

func main() {
	for i := 0; i < 10; i++ {
		r := &Resource{id: i, data: make([]byte, 1024)}
		runtime.SetFinalizer(r, func(r *Resource) {
			atomic.AddInt32(&finalized, 1)
		})
	}
	runtime.GC()
	time.Sleep(100 * time.Millisecond)
	runtime.GC()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("finalized:", atomic.LoadInt32(&finalized))
}
