// Finalizers after dropping references, with runtime.GC() called from
// frames that have defer, switch, closures and method calls through an
// interface.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

type Resource struct {
	name string
	buf  []byte
}

var (
	mu     sync.Mutex
	closed []string
)

func open(name string) *Resource {
	r := &Resource{name: name, buf: make([]byte, 4096)}
	runtime.SetFinalizer(r, func(r *Resource) {
		mu.Lock()
		closed = append(closed, r.name)
		mu.Unlock()
	})
	return r
}

type Collector interface{ Collect(n int) int }

type gcLoop struct{ rounds int }

func (g gcLoop) Collect(n int) int {
	defer func() { recover() }()
	for i := 0; i < g.rounds; i++ {
		switch {
		case i%2 == 0:
			runtime.GC()
		default:
			runtime.GC()
		}
		time.Sleep(time.Millisecond)
		mu.Lock()
		c := len(closed)
		mu.Unlock()
		if c >= n {
			return c
		}
	}
	mu.Lock()
	defer mu.Unlock()
	return len(closed)
}

func useSome(rs []*Resource) int {
	total := 0
	for _, r := range rs {
		total += len(r.buf)
	}
	return total
}

func phase(c Collector, names ...string) {
	var rs []*Resource
	for _, n := range names {
		rs = append(rs, open(n))
	}
	fmt.Println("bytes held:", useSome(rs))
	rs = nil
	got := c.Collect(len(names))
	mu.Lock()
	sort.Strings(closed)
	fmt.Println("closed:", got, closed)
	closed = closed[:0]
	mu.Unlock()
}

func main() {
	defer fmt.Println("main done")
	var c Collector = gcLoop{rounds: 40}
	phase(c, "a", "b", "c")
	func() {
		x := open("closure")
		fmt.Println("opened", x.name)
	}()
	phase(c, "d")
	kind := "tmp"
	switch kind {
	case "tmp":
		t := open("switch")
		fmt.Println("opened", t.name, len(t.buf))
		t = nil
	}
	mu.Lock()
	closed = closed[:0]
	mu.Unlock()
	n := c.Collect(1)
	fmt.Println("after switch:", n, closed)
}
