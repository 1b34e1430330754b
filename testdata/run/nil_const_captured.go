// A nil variable captured by a closure: where the closure's call is
// inlined the body reads the variable itself, a constant nil (addr=0x0);
// here the function holding closure and call is inlined into main, gc
// does not inline the copied closure's call there (its func variable has
// no known value), so the closure reads its own captured copy and the
// load itself faults: addr=0x18, the field's offset.
package main

import "fmt"

type Node struct {
	Name  string
	Left  *Node
	Count int
}

func count() int {
	var n *Node
	get := func() int { return n.Count }
	return get()
}

func main() {
	fmt.Println("counting")
	fmt.Println(count())
}
