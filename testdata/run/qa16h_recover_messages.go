package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type shape interface{ area() float64 }
type sq struct{ s float64 }

func (q sq) area() float64 { return q.s * q.s }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-14s no panic\n", name)
			return
		}
		var re runtime.Error
		isRT := false
		if e, ok := r.(error); ok {
			isRT = errors.As(e, &re)
		}
		fmt.Printf("%-14s %T rt=%v: %v\n", name, r, isRT, r)
	}()
	f()
}

type T struct{ p *int }

func main() {
	var nilMap map[string]int
	var s []int = make([]int, 3, 5)
	var arr [4]int
	idx := 7
	var ip *int
	var t *T
	var sh shape
	var any1 any = "str"
	zero := 0
	var ch chan int
	try("index", func() { _ = s[idx] })
	try("index-neg", func() { i := -1; _ = arr[i+zero] })
	try("slice-hi", func() { _ = s[1:idx] })
	try("slice-inv", func() { lo := 3; _ = s[lo:2+zero] })
	try("slice3", func() { _ = s[0:2:idx] })
	try("str-index", func() { str := "abc"; _ = str[idx] })
	try("str-slice", func() { str := "abc"; _ = str[2:idx] })
	try("nil-map-w", func() { nilMap["a"] = 1 })
	try("nil-map-r", func() { _ = nilMap["a"] })
	try("nil-deref", func() { _ = *ip })
	try("nil-field", func() { _ = t.p })
	try("nil-iface", func() { _ = sh.area() })
	try("assert", func() { _ = any1.(int) })
	try("assert-iface", func() { _ = any1.(shape) })
	try("assert-nil", func() { var e any; _ = e.(string) })
	try("div", func() { _ = 10 / zero })
	try("mod", func() { _ = 10 % zero })
	try("close-nil", func() { close(ch) })
	try("close-twice", func() { c := make(chan int); close(c); close(c) })
	try("send-closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("arr-ptr", func() { _ = (*[4]int)(s) })
	try("makeslice", func() { n := -1 + zero; _ = make([]int, n) })
	try("custom-err", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	try("custom-val", func() { panic(sq{2}) })
	try("nil-func", func() { var f func(); f() })
	try("repanic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	})
	try("unicode", func() { r := []rune("héllo"); _ = r[idx] })
	msg := func() (m string) {
		defer func() { m = fmt.Sprint(recover()) }()
		var sb strings.Builder
		sb.WriteString("x")
		b := sb
		b.WriteString("y")
		return "unreachable"
	}()
	fmt.Println(msg)
}
