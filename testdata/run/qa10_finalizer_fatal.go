// runtime.SetFinalizer must get a pointer to the start of an allocated
// object: a value (not a pointer) is a fatal error that recover cannot stop.
package main

import (
	"fmt"
	"runtime"
)

type Handle struct {
	fd   int
	name string
}

func open(name string, fd int) *Handle {
	h := &Handle{fd: fd, name: name}
	runtime.SetFinalizer(h, func(h *Handle) { fmt.Println("finalize", h.name) })
	return h
}

func main() {
	h := open("log", 3)
	fmt.Println("opened", h.name, h.fd)
	runtime.SetFinalizer(h, nil) // clear it: closed explicitly
	fmt.Println("closed", h.name)
	defer func() {
		fmt.Println("recover is not reached:", recover())
	}()
	var v Handle
	runtime.SetFinalizer(v, func(h Handle) {})
}
