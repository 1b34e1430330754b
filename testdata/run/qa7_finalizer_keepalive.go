// A file-handle-like resource with a finalizer as a safety net: explicit
// Close clears the finalizer, leaked handles are reported after a GC, and
// runtime.KeepAlive protects a handle while its fd is in use.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type Handle struct {
	fd     int
	name   string
	closed bool
	buf    []byte
}

var (
	mu     sync.Mutex
	leaked []string
	done   = make(chan struct{}, 16)
)

func Open(name string, fd int) *Handle {
	h := &Handle{fd: fd, name: name, buf: make([]byte, 128)}
	runtime.SetFinalizer(h, func(h *Handle) {
		mu.Lock()
		leaked = append(leaked, h.name)
		mu.Unlock()
		done <- struct{}{}
	})
	return h
}

func (h *Handle) Close() error {
	if h.closed {
		return fmt.Errorf("%s: already closed", h.name)
	}
	h.closed = true
	runtime.SetFinalizer(h, nil)
	return nil
}

func useFD(fd int) int { return fd * 2 }

func work() {
	a := Open("a.txt", 3)
	defer a.Close()
	b := Open("b.txt", 4)
	r := useFD(b.fd)
	runtime.KeepAlive(b)
	fmt.Println("used", r)
	c := Open("c.txt", 5)
	if err := c.Close(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(c.Close())
}

func main() {
	work()
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	<-done
	mu.Lock()
	sort.Strings(leaked)
	fmt.Println("leaked:", leaked)
	mu.Unlock()

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("gc ran:", ms.NumGC >= 3, "heap in use:", ms.HeapInuse > 0)
}
