// Object lifetimes with finalizers: a file-handle pool whose handles are
// closed by a finalizer when the program forgets to Close them. The
// finalizers' reports are collected through a channel and printed sorted,
// so the output does not depend on the order the runtime runs them.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

type Handle struct {
	id     int
	name   string
	closed bool
	buf    []byte
}

type Registry struct {
	mu      sync.Mutex
	open    map[int]string
	reports chan string
	wg      sync.WaitGroup
	nextID  int
}

func NewRegistry() *Registry {
	return &Registry{open: make(map[int]string), reports: make(chan string, 64)}
}

func (r *Registry) Open(name string) *Handle {
	r.mu.Lock()
	r.nextID++
	id := r.nextID
	r.open[id] = name
	r.mu.Unlock()

	h := &Handle{id: id, name: name, buf: make([]byte, 1024)}
	r.wg.Add(1)
	runtime.SetFinalizer(h, func(h *Handle) {
		defer r.wg.Done()
		if !h.closed {
			r.forget(h.id)
			r.reports <- fmt.Sprintf("leaked %s (#%d) closed by finalizer", h.name, h.id)
		}
	})
	return h
}

func (r *Registry) forget(id int) {
	r.mu.Lock()
	delete(r.open, id)
	r.mu.Unlock()
}

func (r *Registry) Close(h *Handle) {
	h.closed = true
	r.forget(h.id)
	runtime.SetFinalizer(h, nil)
	r.wg.Done()
}

func (r *Registry) Open_count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.open)
}

func (r *Registry) names() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, n := range r.open {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// work opens some handles and closes only the even ones.
func work(r *Registry, prefix string, n int) int {
	total := 0
	for i := 0; i < n; i++ {
		h := r.Open(fmt.Sprintf("%s-%d", prefix, i))
		copy(h.buf, prefix)
		total += len(h.buf)
		if i%2 == 0 {
			r.Close(h)
		}
	}
	return total
}

func main() {
	reg := NewRegistry()
	keepers := []*Handle{reg.Open("config"), reg.Open("log")}

	fmt.Println("bytes touched:", work(reg, "tmp", 6))
	fmt.Println("bytes touched:", work(reg, "cache", 4))
	fmt.Println("open after work:", reg.Open_count(), reg.names())

	runtime.GC()
	reg.wg.Add(-len(keepers))
	reg.wg.Wait()
	close(reg.reports)

	var lines []string
	for line := range reg.reports {
		lines = append(lines, line)
	}
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Println("finalizer reports:", len(lines))
	fmt.Println("still open:", reg.Open_count(), reg.names())

	for _, h := range keepers {
		fmt.Printf("%s #%d closed=%v\n", h.name, h.id, h.closed)
	}
	runtime.KeepAlive(keepers)
}
