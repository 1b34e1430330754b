// Embedding container/ring.Ring, container/list.Element, and a
// sort.Interface wrapper from sort.Reverse; sort.Float64Slice.
package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"sort"
)

type circle struct {
	*ring.Ring
}

type circleV struct {
	ring.Ring
}

type elem struct {
	*list.Element
}

type floats struct {
	sort.Float64Slice
}

type lenner interface{ Len() int }

func main() {
	var l lenner = circle{ring.New(3)}
	fmt.Println(l.Len())
	l = &circleV{}
	fmt.Println(l.Len())
	ls := list.New()
	e := elem{ls.PushBack(1)}
	fmt.Println(e.Next() == nil, e.Value)
	f := floats{sort.Float64Slice{2.5, 1.5}}
	sort.Sort(sort.Reverse(f))
	fmt.Println(f.Float64Slice)
	l = f
	fmt.Println(l.Len())
}
