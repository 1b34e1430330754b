package main

import (
	"errors"
	"fmt"
	"os"
)

type resource struct {
	name   string
	closed bool
}

func open(name string, log *[]string) *resource {
	*log = append(*log, "open "+name)
	return &resource{name: name}
}

func (r *resource) Close(log *[]string) {
	r.closed = true
	*log = append(*log, "close "+r.name)
}

func useResources(log *[]string) {
	for _, n := range []string{"a", "b", "c"} {
		r := open(n, log)
		defer r.Close(log)
	}
	*log = append(*log, "working")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func safeIndex(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = re
			}
		}
	}()
	v = xs[i]
	return
}

func doubleOnReturn() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

var ErrBoom = errors.New("boom")

func mayPanic(kind int) {
	switch kind {
	case 0:
		panic("a string")
	case 1:
		panic(ErrBoom)
	case 2:
		panic(fmt.Sprintf("formatted %d", 42))
	case 3:
		var m map[string]int
		m["x"] = 1
	case 4:
		var p *resource
		_ = p.name
	}
}

func classify(kind int) (msg string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			msg = "no panic"
		case string:
			msg = "string: " + v
		case error:
			msg = fmt.Sprintf("error: %v (boom=%t)", v, errors.Is(v, ErrBoom))
		default:
			msg = fmt.Sprintf("other %T", v)
		}
	}()
	mayPanic(kind)
	return "unreachable?"
}

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	x := 10
	defer fmt.Println("x at defer:", x)
	x = 20
	defer func() { fmt.Println("x in closure:", x) }()
}

func main() {
	var log []string
	useResources(&log)
	fmt.Println(log)
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(safeIndex([]int{1, 2, 3}, 1))
	fmt.Println(safeIndex([]int{1, 2, 3}, 5))
	fmt.Println(doubleOnReturn())
	for k := 0; k <= 5; k++ {
		fmt.Println(k, classify(k))
	}
	deferOrder()
	fmt.Println()
	defer fmt.Println("deferred in main runs before exit? no")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(3)
}
