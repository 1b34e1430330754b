// runtime.KeepAlive keeps an object (and so its finalizer) until that
// point; a finalizer may resurrect nothing visible to the program.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type file struct {
	fd   int
	name string // not pointer-free: no tiny allocation, whose block another object may share
}

var closed = make(chan int, 1)

func use(f *file) int { return f.fd * 2 }

func work() {
	f := &file{fd: 21}
	runtime.SetFinalizer(f, func(f *file) { closed <- f.fd })
	fmt.Println("use:", use(f))
	runtime.GC()
	select {
	case <-closed:
		fmt.Println("finalized too early")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("still open before KeepAlive")
	}
	runtime.KeepAlive(f)
}

func main() {
	work()
	runtime.GC()
	select {
	case fd := <-closed:
		fmt.Println("closed", fd)
	case <-time.After(5 * time.Second):
		fmt.Println("not finalized")
	}
}
