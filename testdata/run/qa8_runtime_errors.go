// Runtime errors a memory-minded program runs into, each caught with
// recover and printed; the last one is left to crash the program.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(runtime.Error); ok {
			fmt.Printf("%-12s runtime.Error: %v\n", name, err)
			return
		}
		if e, ok := r.(error); ok {
			fmt.Printf("%-12s error: %v (%v)\n", name, e, errors.Unwrap(e) == nil)
			return
		}
		fmt.Printf("%-12s %v\n", name, r)
	}()
	f()
}

type Node struct {
	next *Node
	val  int
}

func main() {
	n := -1
	big := 1 << 62
	try("makeslice", func() { _ = make([]int, n) })
	try("makeslice cap", func() { _ = make([]byte, 2, n+2) })
	try("makeslice big", func() { _ = make([]int64, big) })
	try("makemap", func() { _ = make(map[int]int, n) })
	try("makechan", func() { _ = make(chan int, n) })
	try("nil map", func() {
		var m map[string]int
		m["x"] = 1
	})
	try("nil deref", func() {
		var p *Node
		fmt.Println(p.val)
	})
	try("chain", func() {
		list := &Node{val: 1}
		fmt.Println(list.next.next.val)
	})
	try("slice3", func() {
		s := make([]int, 2, 4)
		i := 5
		_ = s[1:i]
	})
	try("slice cap", func() {
		s := make([]int, 2, 4)
		j := 3
		_ = s[:2:j+2]
	})
	try("array idx", func() {
		var a [4]int
		i := 4
		a[i] = 1
	})
	try("conv", func() {
		var x interface{} = Node{}
		_ = x.(*Node)
	})
	try("closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	var arr []int
	idx := 3
	fmt.Println(arr[idx])
}
