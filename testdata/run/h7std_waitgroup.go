// Embedding sync.WaitGroup and sync.Once by value and by pointer.
package main

import (
	"fmt"
	"sync"
)

type group struct {
	sync.WaitGroup
	name string
}

type groupP struct {
	*sync.WaitGroup
}

type once struct {
	sync.Once
	v int
}

type onceP struct {
	*sync.Once
}

type waiter interface {
	Add(int)
	Done()
	Wait()
}

type doer interface{ Do(func()) }

func run(w waiter, n int) {
	for i := 0; i < n; i++ {
		w.Add(1)
		go w.Done()
	}
	w.Wait()
}

func main() {
	g := &group{name: "g"}
	run(g, 3)
	run(groupP{new(sync.WaitGroup)}, 2)
	o := &once{}
	var d doer = o
	d.Do(func() { o.v++ })
	d.Do(func() { o.v++ })
	var d2 doer = onceP{new(sync.Once)}
	d2.Do(func() { fmt.Println("once") })
	fmt.Println(g.name, o.v)
}
