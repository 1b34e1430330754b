package main

import (
	"fmt"
	"runtime"
	"time"
)

type Handle struct{ fd int; name string }

func main() {
	h := &Handle{fd: 3}
	done := make(chan bool, 1)
	runtime.SetFinalizer(h, func(h *Handle) { done <- true })
	fd := h.fd
	runtime.GC()
	select {
	case <-done:
		fmt.Println("finalized before KeepAlive (bad)")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("alive while in use, fd", fd)
	}
	runtime.KeepAlive(h)
	runtime.GC()
	select {
	case <-done:
		fmt.Println("finalized after KeepAlive")
	case <-time.After(time.Second):
		fmt.Println("never finalized")
	}
}
