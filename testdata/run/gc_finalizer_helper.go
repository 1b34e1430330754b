package main

import (
	"fmt"
	"runtime"
	"time"
)

type File struct{ name string }

func open(name string) *File {
	f := &File{name: name}
	runtime.SetFinalizer(f, func(f *File) {
		fmt.Println("finalizer ran for", f.name)
	})
	return f
}

func process() {
	f := open("data.txt")
	fmt.Println("processing", f.name)
}

func main() {
	process()
	runtime.GC()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("done")
}
