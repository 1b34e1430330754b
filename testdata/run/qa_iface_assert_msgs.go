package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read([]byte) (int, error) }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type file struct{ name string }

func (f *file) Read(b []byte) (int, error) { return 0, io.EOF }
func (f *file) Close() error                { return nil }

type onlyReader struct{}

func (onlyReader) Read(b []byte) (int, error) { return 0, nil }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
}

func main() {
	var r Reader = &file{"a"}
	rc, ok := r.(ReadCloser)
	fmt.Println(ok, rc != nil)
	var r2 Reader = onlyReader{}
	_, ok = r2.(ReadCloser)
	fmt.Println(ok)
	try("missing method", func() { _ = r2.(ReadCloser) })
	try("wrong concrete", func() { _ = r.(onlyReader) })
	try("nil iface", func() { var x Reader; _ = x.(*file) })
	try("empty to int", func() { var x interface{} = "s"; _ = x.(int) })
	try("empty to iface", func() { var x interface{} = 5; _ = x.(fmt.Stringer) })
	try("nil to iface", func() { var x interface{}; _ = x.(io.Reader) })
	var sr io.Reader = strings.NewReader("abc")
	if _, ok := sr.(io.Seeker); ok {
		fmt.Println("strings.Reader is a Seeker")
	}
	if _, ok := sr.(io.WriterTo); ok {
		fmt.Println("strings.Reader is a WriterTo")
	}
	fmt.Printf("%T\n", sr)
}
