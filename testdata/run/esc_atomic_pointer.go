package main

// B19: atomic.Pointer[T] methods are gc's shape instantiations: -m names
// the shaped method and passes the instance dictionary first, and the
// calls cost the caller's inline budget the shaped method's cost.

import (
	"fmt"
	"sync/atomic"
)

type node struct{ val int }

type cfg struct {
	name string
	n    *int
}

func swapIn(p *atomic.Pointer[node], v int) *node {
	return p.Swap(&node{v})
}

func main() {
	var p atomic.Pointer[node]
	p.Store(&node{1})
	fmt.Println(p.Load().val)
	old := swapIn(&p, 2)
	fmt.Println(old.val, p.Load().val, p.CompareAndSwap(old, &node{3}))
	var c atomic.Pointer[cfg]
	k := 7
	c.Store(&cfg{"a", &k})
	fmt.Println(c.Load().name, *c.Load().n)
}
