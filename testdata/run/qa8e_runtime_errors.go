package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type Animal interface{ Sound() string }
type Dog struct{}

func (Dog) Sound() string { return "woof" }

type Shape interface{ Area() float64 }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-14s ok\n", name)
			return
		}
		var re runtime.Error
		isRT := false
		if err, ok := r.(error); ok {
			isRT = errors.As(err, &re)
		}
		fmt.Printf("%-14s %v (runtime=%t, %T)\n", name, r, isRT, r)
	}()
	f()
}

func main() {
	var xs = []int{1, 2, 3}
	n := 5
	var m map[string]int
	var ip *int
	var a interface{} = "str"
	var an Animal = Dog{}
	var ch chan int
	closed := make(chan int)
	close(closed)
	zero := 0
	try("index", func() { _ = xs[n] })
	try("slice hi", func() { _ = xs[1:n] })
	try("slice lo>hi", func() { lo := 3; _ = xs[lo:2:3] })
	try("slice3", func() { _ = xs[:2:n] })
	try("string idx", func() { s := "abc"; _ = s[n] })
	try("string slice", func() { s := "abc"; _ = s[n:] })
	try("nil map", func() { m["a"] = 1 })
	try("nil map read", func() { _ = m["a"] })
	try("nil deref", func() { *ip = 1 })
	try("assert", func() { _ = a.(int) })
	try("assert iface", func() { _ = a.(Animal) })
	try("assert iface2", func() { _ = an.(Shape) })
	try("assert ok", func() { _, ok := a.(int); fmt.Print(ok, " ") })
	try("div zero", func() { _ = 10 / zero })
	try("mod zero", func() { _ = 10 % zero })
	try("closed send", func() { closed <- 1 })
	try("close closed", func() { close(closed) })
	try("close nil", func() { close(ch) })
	try("makeslice", func() { _ = make([]int, n-10) })
	try("array ptr", func() { _ = (*[4]int)(xs) })
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	try("int value", func() { panic(42) })
	try("nil func", func() { var f func(); f() })
	try("uncomparable", func() {
		var x, y interface{} = []int{1}, []int{1}
		fmt.Print(x == y)
	})
	try("map key", func() {
		mm := map[interface{}]int{}
		mm[[]string{"a"}] = 1
	})
	try("strings", func() { _ = strings.Repeat("x", -1) })
	v, ok := <-closed
	fmt.Println(v, ok)
	var e error
	try("nil error", func() { _ = e.Error() })
	var arr [3]int
	idx := 3
	try("array idx", func() { arr[idx%4] = 1 })
	fmt.Println("done")
}
