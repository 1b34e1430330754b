package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		if e, ok := r.(error); ok && errors.As(e, &re) {
			fmt.Println(name, "runtime error:", re.Error())
			return
		}
		fmt.Println(name, "recovered:", r)
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var i interface{} = "str"
	zero := 0
	neg := -1
	arr := [3]int{}
	try("index", func() { _ = s[5] })
	try("index neg", func() { idx := neg; _ = arr[idx+0] })
	try("slice", func() { _ = s[1:] })
	try("slice3", func() { x := make([]int, 2, 4); _ = x[1:3:5] })
	try("nil map", func() { m["a"] = 1 })
	try("nil ptr", func() { _ = p.x })
	try("div", func() { _ = 10 / zero })
	try("mod", func() { _ = 10 % zero })
	try("assert", func() { _ = i.(int) })
	try("assert iface", func() { _ = i.(fmt.Stringer) })
	try("shift", func() { _ = 1 << neg })
	try("makeslice", func() { _ = make([]int, neg) })
	try("conv", func() { _ = (*[4]int)(s) })
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	try("value", func() { panic(T{7}) })
	try("closed chan", func() { c := make(chan int); close(c); close(c) })
	try("uncomparable", func() {
		var a, b interface{} = []int{1}, []int{1}
		_ = a == b
	})
	try("nil func", func() { var f func(); f() })
	fmt.Println("done", len(m), s == nil)
}
