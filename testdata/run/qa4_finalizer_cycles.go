// Which structures does the collector finalize? A chain (yes), an object
// pointing to itself (yes: a self-reference does not keep it alive), a
// two-object cycle with a finalizer (never: the finalizer would keep its
// partner, which keeps it), and the same cycle broken by hand (yes).
// Finalizers report through a buffered channel; collections are forced.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type node struct {
	name string
	peer *node
	pad  [32]byte
}

var done = make(chan string, 16)

func track(n *node, kind string) {
	runtime.SetFinalizer(n, func(n *node) { done <- kind + ":" + n.name })
}

func collect() []string {
	for i := 0; i < 4; i++ {
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
	}
	var got []string
	for {
		select {
		case s := <-done:
			got = append(got, s)
		default:
			sort.Strings(got)
			return got
		}
	}
}

func build() (broken *node) {
	c := &node{name: "c"}
	d := &node{name: "d", peer: c}
	track(d, "chain")

	self := &node{name: "self"}
	self.peer = self
	track(self, "selfref")

	a := &node{name: "a"}
	b := &node{name: "b", peer: a}
	a.peer = b
	track(a, "cycle")

	x := &node{name: "x"}
	y := &node{name: "y", peer: x}
	x.peer = y
	track(x, "broken")
	return x
}

func main() {
	x := build()
	fmt.Println("while x is held:", collect())
	x.peer = nil // break the x <-> y cycle
	x = nil
	fmt.Println("after breaking the cycle:", collect())
	fmt.Println("later:", collect())
}
