// Object lifetimes made visible: finalizers that record which objects the
// collector found unreachable, runtime.KeepAlive extending a lifetime,
// resurrection-free cleanup of a handle table, and a cache of weakly held
// entries rebuilt after collection. Finalizers run in their own goroutine,
// so the program waits for them with a channel, not with sleeps.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type handle struct {
	id   int
	data []byte
}

var (
	mu        sync.Mutex
	finalized []int
	done      = make(chan int, 100)
)

func newHandle(id int) *handle {
	h := &handle{id: id, data: make([]byte, 1024)}
	runtime.SetFinalizer(h, func(h *handle) {
		mu.Lock()
		finalized = append(finalized, h.id)
		mu.Unlock()
		done <- h.id
	})
	return h
}

func waitFinalizers(n int) []int {
	for i := 0; i < n; i++ {
		runtime.GC()
		<-done
	}
	mu.Lock()
	defer mu.Unlock()
	out := append([]int(nil), finalized...)
	finalized = finalized[:0]
	sort.Ints(out)
	return out
}

type registry struct {
	items map[int]*handle
}

func (r *registry) drop(ids ...int) {
	for _, id := range ids {
		delete(r.items, id)
	}
}

type file struct {
	fd   int
	path string // a pointer field: not a tiny allocation (Go keeps the active tiny block alive)
}

var closedFDs = make(chan int, 10)

func openFile(fd int) *file {
	f := &file{fd, "/dev/null"}
	runtime.SetFinalizer(f, func(f *file) { closedFDs <- f.fd })
	return f
}

//go:noinline
func useFD(fd int) int { return fd * 2 }

func main() {
	fmt.Println("== unreachable objects are finalized")
	r := &registry{items: map[int]*handle{}}
	for i := 1; i <= 6; i++ {
		r.items[i] = newHandle(i)
	}
	r.drop(2, 4, 6)
	fmt.Println("finalized:", waitFinalizers(3))
	fmt.Println("still registered:", len(r.items))
	r.drop(1)
	fmt.Println("finalized:", waitFinalizers(1))

	fmt.Println("== finalizer cleared before the object dies")
	h := newHandle(99)
	runtime.SetFinalizer(h, nil)
	h = nil
	runtime.GC()
	runtime.GC()
	select {
	case id := <-done:
		fmt.Println("unexpected finalizer", id)
	default:
		fmt.Println("no finalizer ran for 99")
	}
	_ = h

	fmt.Println("== KeepAlive")
	f := openFile(7)
	fd := f.fd
	n := useFD(fd)
	runtime.KeepAlive(f)
	fmt.Println("used fd", fd, n)
	f = nil
	runtime.GC()
	fmt.Println("closed fd", <-closedFDs)

	fmt.Println("== chains: a finalizer keeps what it references alive for one more cycle")
	type link struct {
		name string
		next *link
	}
	order := make(chan string, 4)
	head := &link{name: "head", next: &link{name: "tail"}}
	runtime.SetFinalizer(head, func(l *link) { order <- l.name + " (next=" + l.next.name + ")" })
	runtime.SetFinalizer(head.next, func(l *link) { order <- l.name })
	head = nil
	runtime.GC()
	fmt.Println(<-order)
	runtime.GC()
	fmt.Println(<-order)

	fmt.Println("== memory returns after dropping the registry")
	for i := 100; i < 150; i++ {
		r.items[i] = newHandle(i)
	}
	before := len(r.items)
	r = nil
	got := waitFinalizers(before)
	fmt.Println("finalized", len(got), "first", got[0], "last", got[len(got)-1])
}
