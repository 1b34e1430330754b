// A byte arena misused on purpose: every runtime error is recovered and
// its message printed: bounds, slice-to-array-pointer, conversions, nil.
package main

import (
	"fmt"
	"strings"
)

type Arena struct {
	buf  []byte
	off  int
	refs []*[4]byte
}

func (a *Arena) Take(n int) []byte {
	s := a.buf[a.off : a.off+n : a.off+n]
	a.off += n
	return s
}

func (a *Arena) Word(i int) *[4]byte {
	return (*[4]byte)(a.buf[i:])
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%-12s %s\n", name, err.Error())
			return
		}
		fmt.Printf("%-12s %v\n", name, r)
	}()
	f()
}

type Sizer interface{ Size() int }

type blob []byte

func (b blob) Size() int { return len(b) }

func main() {
	a := &Arena{buf: make([]byte, 10, 16)}
	try("take ok", func() { fmt.Println(len(a.Take(4)), a.off) })
	try("take big", func() { a.Take(20) })
	try("word ok", func() { w := a.Word(2); w[0] = 7; fmt.Println(a.buf[2]) })
	try("word short", func() { a.Word(8) })
	try("index", func() { _ = a.buf[a.off+6] })
	try("slice3", func() {
		i, j, k := 2, 5, 17
		_ = a.buf[i:j:k]
	})
	try("slice inv", func() {
		i, j := 6, 3
		_ = a.buf[i:j]
	})
	try("string idx", func() {
		s := strings.Repeat("x", a.off)
		_ = s[a.off]
	})
	try("str slice", func() {
		s := "hello"
		n := len(a.buf)
		_ = s[2:n]
	})
	try("divide", func() {
		z := a.off - 4
		fmt.Println(10 / z)
	})
	try("nil arena", func() {
		var b *Arena
		b.Take(1)
	})
	try("assert", func() {
		var v interface{} = blob("xy")
		_ = v.(string)
	})
	try("assert iface", func() {
		var v interface{} = 42
		_ = v.(Sizer)
	})
	try("makeslice", func() {
		n := -a.off
		_ = make([]int, n)
	})
	try("closed chan", func() {
		c := make(chan int, 1)
		close(c)
		close(c)
	})
	try("send closed", func() {
		c := make(chan *Arena, 1)
		close(c)
		c <- a
	})
	try("custom", func() { panic(fmt.Errorf("arena full at %d", a.off)) })
	var s Sizer = blob("abc")
	fmt.Println(s.Size(), a.buf[:a.off])
}
