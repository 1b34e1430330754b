package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type File struct {
	name   string
	closed bool
}

var events = make(chan string, 100)

func Open(name string) *File {
	f := &File{name: name}
	runtime.SetFinalizer(f, func(f *File) {
		if !f.closed {
			events <- "leaked " + f.name
		}
	})
	return f
}

func (f *File) Close() {
	f.closed = true
	runtime.SetFinalizer(f, nil)
	events <- "closed " + f.name
}

//go:noinline
func useFiles() {
	a := Open("a.txt")
	b := Open("b.txt")
	_ = Open("c.txt")
	a.Close()
	_ = b
}

func collect(n int, wait time.Duration) []string {
	var got []string
	deadline := time.After(wait)
	for len(got) < n {
		select {
		case e := <-events:
			got = append(got, e)
		case <-deadline:
			return got
		}
	}
	return got
}

func main() {
	useFiles()
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	got := collect(3, time.Second)
	sort.Strings(got)
	for _, e := range got {
		fmt.Println(e)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	x := 5
	runtime.SetFinalizer(&x, func(p *int) {})
	fmt.Println("finalizer on stack var accepted")
}
