// Object lifetimes observed through finalizers, from a post on "when does
// Go free my object?": unreachable objects are finalized after a GC,
// reachable ones are not, KeepAlive extends a lifetime, a finalizer can
// resurrect its object for one more cycle, finalizers of objects in a
// cycle never run, and SetFinalizer(x, nil) cancels.
// gosub:nostress it compares NumForcedGC with NumGC; stress mode adds unforced collections
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sort"
	"sync"
	"time"
)

type Resource struct {
	id   int
	data []byte
	peer *Resource
}

var (
	mu        sync.Mutex
	finalized []int
	notify    = make(chan int, 100)
)

func track(r *Resource) {
	runtime.SetFinalizer(r, func(r *Resource) {
		mu.Lock()
		finalized = append(finalized, r.id)
		mu.Unlock()
		notify <- r.id
	})
}

func newResource(id int) *Resource {
	r := &Resource{id: id, data: make([]byte, 1024)}
	track(r)
	return r
}

// waitFor runs collections until the wanted ids were finalized or the
// deadline passes; it returns the ids seen, sorted.
func waitFor(want int) []int {
	deadline := time.Now().Add(3 * time.Second)
	var seen []int
	for len(seen) < want && time.Now().Before(deadline) {
		runtime.GC()
		select {
		case id := <-notify:
			seen = append(seen, id)
		case <-time.After(20 * time.Millisecond):
		}
	}
	// Drain anything else already queued.
	for {
		select {
		case id := <-notify:
			seen = append(seen, id)
			continue
		default:
		}
		break
	}
	sort.Ints(seen)
	return seen
}

//go:noinline
func makeGarbage(from, to int) {
	for i := from; i < to; i++ {
		newResource(i)
	}
}

var keep []*Resource

var resurrected *Resource

func main() {
	debug.SetGCPercent(-1) // collections only when we ask

	makeGarbage(1, 6)
	fmt.Println("unreachable finalized:", waitFor(5))

	keep = append(keep, newResource(10), newResource(11))
	fmt.Println("reachable finalized:", waitFor(0), "kept:", len(keep))
	keep = nil
	fmt.Println("after dropping them:", waitFor(2))

	r := newResource(20)
	sum := 0
	for _, b := range r.data {
		sum += int(b)
	}
	runtime.KeepAlive(r)
	fmt.Println("kept alive until after use, sum:", sum)
	fmt.Println("then finalized:", waitFor(1))

	// Resurrection: the finalizer stores its object in a global.
	z := &Resource{id: 30}
	runtime.SetFinalizer(z, func(r *Resource) {
		resurrected = r
		notify <- r.id
	})
	z = nil
	fmt.Println("resurrecting finalizer ran:", waitFor(1), "object back:", resurrected != nil && resurrected.id == 30)
	resurrected = nil
	fmt.Println("no second finalizer:", waitFor(0))

	// A cycle of two objects with finalizers is never finalized (and never freed).
	func() {
		a, b := &Resource{id: 40}, &Resource{id: 41}
		a.peer, b.peer = b, a
		track(a)
		track(b)
	}()
	fmt.Println("cycle with finalizers:", waitFor(0))

	// A cycle where only one object has a finalizer is fine.
	func() {
		a, b := &Resource{id: 50}, &Resource{id: 51}
		a.peer, b.peer = b, a
		track(a)
	}()
	fmt.Println("cycle with one finalizer:", waitFor(1))

	c := newResource(60)
	runtime.SetFinalizer(c, nil)
	c = nil
	fmt.Println("cancelled finalizer:", waitFor(0))

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	mu.Lock()
	n := len(finalized)
	mu.Unlock()
	fmt.Println("total finalized:", n, "GC cycles ran:", m.NumGC > 5, "forced:", m.NumForcedGC == m.NumGC)
}
