// A catalogue of run-time panics, each caught by a helper that prints the
// recovered value, whether it is a runtime.Error and its exact text; the
// last one is not recovered and ends the program with exit status 2.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
)

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type node struct {
	val  int
	next *node
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, isRuntime := r.(runtime.Error)
		err, isErr := r.(error)
		switch {
		case isRuntime:
			fmt.Printf("%-22s runtime.Error: %s\n", name, re.Error())
		case isErr:
			fmt.Printf("%-22s error %T: %v\n", name, err, err)
		case r == nil:
			fmt.Printf("%-22s no panic\n", name)
		default:
			fmt.Printf("%-22s value %T: %v\n", name, r, r)
		}
	}()
	f()
}

var sink interface{}

func idx(n int) int { return n }

func main() {
	s := []int{1, 2, 3}
	arr := [4]string{"a", "b", "c", "d"}
	var m map[string]int
	var np *node
	var sh Shape
	var e interface{} = "text"
	ch := make(chan int, 1)

	try("index", func() { sink = s[idx(5)] })
	try("negative index", func() { sink = s[idx(-1)] })
	try("array index", func() { sink = arr[idx(4)] })
	try("string index", func() { sink = "abc"[idx(3)] })
	try("slice high", func() { sink = s[1:idx(5)] })
	try("slice low>high", func() { sink = s[idx(3):idx(2)] })
	try("slice 3-index", func() { sink = s[0:2:idx(9)] })
	try("string slice", func() { sink = "hello"[idx(2):idx(9)] })
	try("nil map write", func() { m["k"] = 1 })
	try("nil map read", func() { sink = m["k"] })
	try("nil deref", func() { sink = np.val })
	try("nil deref chain", func() { n := &node{1, nil}; sink = n.next.next })
	try("nil method value", func() { sink = sh.Area() })
	try("divide", func() { sink = 10 / idx(0) })
	try("modulo", func() { sink = 10 % idx(0) })
	try("assert wrong type", func() { sink = e.(int) })
	try("assert nil iface", func() { sink = sh.(*Circle) })
	try("assert to iface", func() { sink = e.(Shape) })
	try("assert concrete", func() { sh = Square{2}; sink = sh.(*Circle) })
	try("close nil chan", func() { var c chan int; close(c) })
	try("close twice", func() { close(ch); close(ch) })
	try("send closed", func() { ch <- 1 })
	try("negative make", func() { sink = make([]int, idx(-3)) })
	try("huge make", func() { sink = make([]byte, 1<<62+idx(0)) })
	try("negative shift", func() { sink = 1 << uint(idx(-1)) >> idx(-2) })
	try("array conversion", func() { sink = (*[4]int)(s) })
	try("custom error", func() { panic(errors.New("custom failure")) })
	try("wrapped error", func() { panic(fmt.Errorf("ctx: %w", os.ErrPermission)) })
	try("string value", func() { panic("plain string") })
	try("int value", func() { panic(42) })
	try("stringer value", func() { panic(Square{3}) })
	try("no panic", func() {})
	try("Goexit-free nil", func() { var f func(); f() })

	// The runtime.Error interface also offers RuntimeError(); errors.As
	// finds it through wrapping.
	var caught error
	func() {
		defer func() { caught = fmt.Errorf("step 3: %w", recover().(error)) }()
		sink = s[idx(7)]
	}()
	var rte runtime.Error
	fmt.Println(errors.As(caught, &rte), strings.Contains(caught.Error(), "out of range"), caught)

	fmt.Println("about to index out of range without recover")
	total := 0
	for i := 0; i <= len(s); i++ {
		total += s[i]
	}
	fmt.Println("unreachable", total)
}
