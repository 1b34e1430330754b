package main

import (
	"fmt"
	"io"
	"sync"
)

var sink interface{}

func f1() interface{} {
	return &struct {
		sync.Mutex
		n int
	}{}
}
func f2() interface{} {
	return &struct {
		_ int
		x int
		_ [2]byte
	}{x: 1}
}
func f3() interface{} { return make(chan (<-chan int), 1) }
func f4() interface{} { return make(chan<- []*int) }
func f5() interface{} { return map[string]func(...int) (int, error){} }
func f6() interface{} {
	return &[]interface {
		M()
		io.Reader
	}{}
}
func f7() interface{} { return &[3]struct{ a, b int }{} }
func f8() interface{} {
	return &struct {
		io.Writer
		f func(a int, b ...string)
	}{}
}
func f9() interface{}  { return new(func(chan<- int) <-chan int) }
func f10() interface{} { return &map[[2]int]*struct{ x complex64 }{} }
func f11() interface{} {
	return &struct {
		m map[string]interface{}
		e interface{}
	}{}
}
func f12(c <-chan int) interface{} { return &c }
func f13() interface{} {
	var x interface {
		String() string
		Len() int
	}
	return &x
}
func f14() interface{} {
	return &struct {
		*sync.WaitGroup
		fmt.Stringer
	}{}
}

// Wrappers of unnamed struct types with embedded fields: gc writes every
// (*S).M wrapper before S's own (dcommontype asks for methods(*S) before
// it writes *S), whichever of S and *S is written first; -m=2 shows the order.

func main() {
	for _, f := range []func() interface{}{f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f13, f14} {
		sink = f()
		fmt.Printf("%T\n", sink)
	}
	sink = f12(nil)
	fmt.Printf("%T\n", sink)
}
