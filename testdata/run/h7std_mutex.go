// Embedding sync.Mutex and sync.RWMutex by value and by pointer, used
// through sync.Locker.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	sync.Mutex
	n int
}

type shared struct {
	*sync.Mutex
	n int
}

type table struct {
	sync.RWMutex
	m map[string]int
}

type tableP struct {
	*sync.RWMutex
	m map[string]int
}

func bump(l sync.Locker, n *int) {
	l.Lock()
	*n++
	l.Unlock()
}

func main() {
	c := &counter{}
	bump(c, &c.n)
	s := shared{Mutex: &sync.Mutex{}}
	bump(s, &s.n)
	t := &table{m: map[string]int{}}
	t.Lock()
	t.m["a"] = 1
	t.Unlock()
	t.RLock()
	fmt.Println(t.m["a"])
	t.RUnlock()
	var rl sync.Locker = t.RLocker()
	rl.Lock()
	rl.Unlock()
	tp := tableP{RWMutex: new(sync.RWMutex), m: map[string]int{}}
	bump(tp, new(int))
	fmt.Println(c.n, s.n, len(tp.m))
}
