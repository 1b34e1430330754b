// Embedding sync.Cond and sync.Map by value and by pointer.
package main

import (
	"fmt"
	"sync"
)

type cond struct {
	*sync.Cond
	ready bool
}

type condV struct {
	sync.Cond
}

type registry struct {
	sync.Map
}

type registryP struct {
	*sync.Map
}

type signaler interface {
	Signal()
	Broadcast()
}

type store interface {
	Store(key, value any)
	Load(key any) (any, bool)
}

func main() {
	var mu sync.Mutex
	c := &cond{Cond: sync.NewCond(&mu)}
	var s signaler = c
	s.Signal()
	s.Broadcast()
	cv := &condV{}
	cv.L = &mu
	s = cv
	s.Signal()
	r := &registry{}
	var st store = r
	st.Store("a", 1)
	v, ok := st.Load("a")
	st = registryP{new(sync.Map)}
	st.Store("b", 2)
	fmt.Println(v, ok, c.ready)
}
