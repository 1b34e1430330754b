package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

type File struct {
	fd   int
	name string
	buf  []byte
}

var (
	mu       sync.Mutex
	closedFD []int
	nextFD   = 3
)

func Open(name string) *File {
	mu.Lock()
	fd := nextFD
	nextFD++
	mu.Unlock()
	f := &File{fd: fd, name: name, buf: make([]byte, 4096)}
	runtime.SetFinalizer(f, func(f *File) {
		mu.Lock()
		closedFD = append(closedFD, f.fd)
		mu.Unlock()
	})
	return f
}

func (f *File) Close() {
	runtime.SetFinalizer(f, nil)
	mu.Lock()
	closedFD = append(closedFD, -f.fd)
	mu.Unlock()
}

func closed() []int {
	mu.Lock()
	defer mu.Unlock()
	out := append([]int(nil), closedFD...)
	sort.Ints(out)
	return out
}

func waitFor(n int) []int {
	for i := 0; i < 200; i++ {
		runtime.GC()
		if c := closed(); len(c) >= n {
			return c
		}
		time.Sleep(5 * time.Millisecond)
	}
	return closed()
}

func useFD(fd int) int { return fd * 2 }

func main() {
	a := Open("a.txt")
	a.Close()
	func() {
		for i := 0; i < 3; i++ {
			Open(fmt.Sprint("leak", i))
		}
	}()
	fmt.Println("finalized:", waitFor(4))
	kept := Open("kept")
	fd := kept.fd
	runtime.GC()
	r := useFD(fd)
	runtime.KeepAlive(kept)
	fmt.Println("kept alive through use:", len(closed()), r)
	kept = nil
	fmt.Println("after drop:", waitFor(5))
	var ptrs []*File
	for i := 0; i < 4; i++ {
		ptrs = append(ptrs, Open("batch"))
	}
	ptrs = ptrs[:2]
	fmt.Println("reslice keeps backing alive:", len(waitFor(5)))
	ptrs = append([]*File(nil), ptrs...)
	fmt.Println("after copy:", len(waitFor(7)), len(ptrs))
}
