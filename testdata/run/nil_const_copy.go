// A nil pointer that gc's SSA knows is constant (a `var p *T` never
// assigned, copied in an inlined function) faults at the explicit nil
// check: the report says addr=0x0, not the field's offset.
package main

import "fmt"

type Node struct {
	Name  string
	Left  *Node
	Count int
}

func lastCount() int {
	var root *Node
	cur := root
	fmt.Println("reading through", cur == nil)
	return cur.Count
}

func main() {
	fmt.Println(lastCount())
}
