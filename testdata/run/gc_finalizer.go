// Finalizers run after their object becomes unreachable, once, on another
// goroutine; an object kept reachable is never finalized.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type resource struct {
	id   int
	data [4]int
}

var done = make(chan int, 100)
var kept *resource

func open(id int) *resource {
	r := &resource{id: id}
	runtime.SetFinalizer(r, func(r *resource) { done <- r.id })
	return r
}

func makeGarbage() {
	for i := 1; i <= 10; i++ {
		open(i)
	}
	kept = open(100)
}

func main() {
	makeGarbage()
	runtime.GC()
	var got []int
	timeout := time.After(5 * time.Second)
loop:
	for len(got) < 10 {
		select {
		case id := <-done:
			got = append(got, id)
		case <-timeout:
			break loop
		}
	}
	sort.Ints(got)
	fmt.Println("finalized:", got)
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	select {
	case id := <-done:
		fmt.Println("unexpected finalizer", id)
	default:
		fmt.Println("kept object not finalized:", kept.id)
	}
	runtime.SetFinalizer(kept, nil)
	kept = nil
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	select {
	case id := <-done:
		fmt.Println("removed finalizer ran", id)
	default:
		fmt.Println("removed finalizer did not run")
	}
}
