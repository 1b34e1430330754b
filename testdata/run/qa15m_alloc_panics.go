package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unsafe"
)

type Code int

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			var rt interface{ RuntimeError() }
			fmt.Printf("%-10s runtime=%v %v\n", name, errors.As(err, &rt), err)
			return
		}
		fmt.Printf("%-10s value %T: %v\n", name, r, r)
	}()
	f()
}

var sink any

func main() {
	n := -1
	big := 1 << 62
	try("makeslice", func() { sink = make([]int, n) })
	try("makecap", func() { sink = make([]byte, 10, n+5) })
	try("hugeslice", func() { sink = make([]int64, big) })
	try("makemap", func() { sink = make(map[string]int, n) })
	try("makechan", func() { sink = make(chan int, n) })
	try("repeat", func() { sink = strings.Repeat("ab", n) })
	try("grow", func() { var b bytes.Buffer; b.Grow(n) })
	try("truncate", func() { var b bytes.Buffer; b.WriteString("abc"); b.Truncate(9) })
	try("unsafe", func() { var p *int; sink = unsafe.Slice(p, 3) })
	try("unsafelen", func() { x := 1; sink = unsafe.Slice(&x, n) })
	s := []int{1, 2, 3}
	try("slice3", func() { sink = s[1:2:n+10] })
	try("slicecap", func() { sink = s[:4] })
	try("strslice", func() { str := "héllo"; sink = str[3:n+3] })
	try("arrayptr", func() { var pa *[4]int; sink = pa[:] })
	try("closenil", func() { var c chan int; close(c) })
	try("closetwice", func() { c := make(chan int); close(c); close(c) })
	try("sendclosed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("nilmap", func() { var m map[string][]int; m["x"] = append(m["x"], 1) })
	try("custom", func() { panic(Code(7)) })
	try("errorf", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	try("divide", func() { a, b := 10, n+1; sink = a / b })
	try("conv", func() { var x any = "str"; sink = x.(int) })
	try("conviface", func() { var x any = 3; sink = x.(fmt.Stringer) })
	fmt.Println(len(s), cap(s))
	var counts []int
	defer fmt.Println("deferred runs before the crash report")
	counts[n+1] = Code(3).int()
}

func (c Code) int() int { return int(c) }
