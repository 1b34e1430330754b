package main

import (
	"errors"
	"fmt"
	"runtime"
)

type I interface{ M() }
type T struct{ X int }

func (T) M() {}

type Big struct {
	A int
	B string
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		err, isErr := r.(error)
		fmt.Printf("%s: %v (%T) runtime.Error=%v error=%v\n", name, r, r, isRT, isErr)
		if isErr {
			fmt.Println("  Error():", err.Error())
		}
	}()
	f()
}

var sink interface{}

func main() {
	a := []int{1, 2, 3}
	s := "hello"
	arr := [4]int{}
	i, j, k := 5, 1, 7
	neg := -2
	var u uint = 10
	try("index", func() { sink = a[i] })
	try("index neg", func() { sink = arr[neg+1] })
	try("index unsigned", func() { sink = a[u] })
	try("string index", func() { sink = s[i] })
	try("slice cap", func() { sink = a[:k] })
	try("slice len string", func() { sink = s[:k] })
	try("slice array", func() { sink = arr[:k] })
	try("slice inverted", func() { sink = a[2:j] })
	try("slice inverted string", func() { sink = s[3:j] })
	try("slice3 cap", func() { sink = a[0:1:k] })
	two, three := 2, 3
	try("slice3 mid", func() { sink = a[0:three:two] })
	try("slice3 low", func() { sink = a[three:two:three] })
	try("slice neg", func() { sink = a[neg:] })
	try("divide", func() { sink = 10 / (i - 5) })
	try("modulo", func() { sink = 10 % (i - 5) })
	try("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("nil pointer", func() {
		var p *T
		sink = p.X
	})
	try("assert E2T", func() {
		var x interface{} = "str"
		sink = x.(int)
	})
	try("assert E2T nil", func() {
		var x interface{}
		sink = x.(T)
	})
	try("assert I2T", func() {
		var x I = T{}
		sink = x.(*T)
	})
	try("assert E2I", func() {
		var x interface{} = 42
		sink = x.(I)
	})
	try("assert E2I nil", func() {
		var x interface{}
		sink = x.(I)
	})
	try("shift", func() { sink = 1 << neg })
	try("makeslice len", func() { sink = make([]int, neg) })
	try("makeslice cap", func() { sink = make([]int, 3, j) })
	try("unhashable", func() {
		m := map[interface{}]bool{}
		m[[]int{}] = true
	})
	try("uncomparable", func() {
		var x, y interface{} = map[int]int{}, map[int]int{}
		sink = x == y
	})
	try("uncomparable struct", func() {
		type S struct{ F []int }
		var x, y interface{} = S{}, S{}
		sink = x == y
	})
	try("panic string", func() { panic("plain") })
	try("panic error", func() { panic(errors.New("an error")) })
	try("panic struct", func() { panic(Big{1, "x"}) })
	try("panic fmt.Errorf", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	try("no panic", func() {})
	try("close nil chan", func() {
		var c chan int
		close(c)
	})
	try("close closed chan", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("send closed chan", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("array pointer conversion", func() {
		sl := []int{1, 2}
		sink = (*[3]int)(sl)
	})
}
