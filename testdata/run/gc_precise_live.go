// Everything a function can still read after runtime.GC() survives it:
// parameters, locals used in a loop, closures and what they capture,
// strings, interfaces, maps, slices of pointers, and values kept in
// non-escaping (stack) objects that point into the heap.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Node struct {
	val  int
	next *Node
	name string
}

type holder struct {
	n   *Node
	buf []byte
}

type Shape interface{ Area() int }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

func build(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{val: i, next: head, name: strings.Repeat("x", i%7)}
	}
	return head
}

func sum(n *Node) int {
	s := 0
	for ; n != nil; n = n.next {
		s += n.val + len(n.name)
	}
	return s
}

func params(a *Node, b []int, s string, m map[string]*Node) int {
	runtime.GC()
	churn()
	return sum(a) + len(b) + b[len(b)-1] + len(s) + sum(m["k"])
}

var sink [][]byte

func churn() {
	for i := 0; i < 2000; i++ {
		sink = append(sink, make([]byte, 64))
		if len(sink) > 100 {
			sink = sink[:0]
		}
	}
}

func main() {
	list := build(1000)
	want := sum(list)
	total := 0
	for i := 0; i < 5; i++ {
		runtime.GC()
		churn()
		total += sum(list)
	}
	fmt.Println("loop:", total == 5*want)

	// a stack object (does not escape) holding the only pointer to heap data
	h := holder{n: build(300), buf: make([]byte, 100000)}
	hp := &h
	w2 := sum(hp.n)
	runtime.GC()
	churn()
	fmt.Println("stack object:", sum(hp.n) == w2, len(hp.buf))

	// closures: captured by reference and by value
	counter := build(50)
	inc := func() int { counter = counter.next; return sum(counter) }
	byval := build(20)
	get := func() int { return sum(byval) }
	runtime.GC()
	churn()
	fmt.Println("closures:", inc(), get())

	// strings, interfaces, maps
	s := strings.Repeat("go", 1000) + fmt.Sprint(42)
	var sh Shape = &Rect{w: 3, h: 4}
	m := map[string]*Node{"k": build(10)}
	for i := 0; i < 100; i++ {
		m[fmt.Sprint("n", i)] = &Node{val: i}
	}
	runtime.GC()
	churn()
	fmt.Println("string/iface/map:", len(s), s[len(s)-2:], sh.Area(), sum(m["k"]), m["n99"].val)

	// parameters of a function calling runtime.GC
	fmt.Println("params:", params(build(30), []int{1, 2, 3}, strings.ToUpper("abc"), m))

	// a slice of pointers, an array of pointers
	ptrs := make([]*Node, 0, 10)
	var arr [4]*Node
	for i := 0; i < 10; i++ {
		ptrs = append(ptrs, &Node{val: i * i})
	}
	for i := range arr {
		arr[i] = build(i + 1)
	}
	runtime.GC()
	churn()
	t := 0
	for _, p := range ptrs {
		t += p.val
	}
	for _, a := range arr {
		t += sum(a)
	}
	fmt.Println("pointers:", t)

	// a variable dropped on one branch only
	keep := build(100)
	if len(s) > 10 {
		keep = nil
	}
	runtime.GC()
	fmt.Println("dropped:", keep == nil, sum(list) == want)
}
