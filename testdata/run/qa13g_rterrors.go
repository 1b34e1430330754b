package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type T struct{ x int }

type Animal interface{ Sound() string }
type Dog struct{}

func (Dog) Sound() string { return "woof" }

type Named interface{ Name() string }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-12s no panic\n", name)
			return
		}
		var re runtime.Error
		isRE := false
		if e, ok := r.(error); ok {
			isRE = errors.As(e, &re)
		}
		fmt.Printf("%-12s %T runtime=%v: %v\n", name, r, isRE, r)
	}()
	f()
}

var sink interface{}

func idx(s []int, i int) int     { return s[i] }
func div(a, b int) int           { return a / b }
func mod(a, b int8) int8         { return a % b }
func slice3(s []int, i, j, k int) []int { return s[i:j:k] }

func main() {
	s := []int{1, 2, 3}
	arr := [4]int{}
	var m map[string]int
	var p *T
	var a Animal
	var e interface{} = "str"
	str := "hello"
	n := 5
	try("index", func() { sink = idx(s, 5) })
	try("negindex", func() { sink = idx(s, -1) })
	try("arrindex", func() { i := n; sink = arr[i] })
	try("strindex", func() { sink = str[n] })
	try("slice", func() { sink = s[1:n] })
	try("slice2", func() { i := 3; sink = s[i:2] })
	try("slice3", func() { sink = slice3(s, 0, 2, 10) })
	try("slice3b", func() { sink = slice3(s, 0, 3, 2) })
	try("strslice", func() { sink = str[2:n+5] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilmapread", func() { sink = m["a"] })
	try("nilderef", func() { sink = p.x })
	try("nilcall", func() { sink = a.Sound() })
	try("divzero", func() { sink = div(1, 0) })
	try("modneg", func() { sink = mod(-128, -1) })
	try("assert", func() { sink = e.(int) })
	try("assert2", func() { sink = e.(Animal) })
	try("assert3", func() { var x interface{} = Dog{}; sink = x.(Named) })
	try("assertnil", func() { var x interface{}; sink = x.(string) })
	try("closenil", func() { var c chan int; close(c) })
	try("closeclosed", func() { c := make(chan int); close(c); close(c) })
	try("sendclosed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("makeslice", func() { k := -n; sink = make([]int, k) })
	try("makecap", func() { sink = make([]int, n, 2+n-n) })
	try("arrconv", func() { sink = (*[4]int)(s) })
	try("panicerr", func() { panic(errors.New("custom")) })
	try("panicstr", func() { panic(fmt.Sprintf("%d", 42)) })
	try("panicint", func() { panic(7) })
	try("unhashable", func() { mm := map[interface{}]int{}; mm[[]int{1}] = 1 })
	try("cmpuncomp", func() { var x, y interface{} = []int{1}, []int{1}; sink = x == y })
	try("ok", func() {})
	try("repanic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	})
	var sb strings.Builder
	try("builder", func() { sb.Grow(-1) })
	fmt.Println("now the real one")
	var mm map[T][]int
	mm[T{1}] = append(mm[T{1}], 1)
}
