package main

import (
	"fmt"
	"runtime"
	"time"
)

type Obj struct {
	name string
}

func main() {
	p := &Obj{name: "first"}
	runtime.SetFinalizer(p, func(o *Obj) {
		fmt.Println("finalizer ran:", o.name)
	})
	fmt.Println("created", p.name)
	p = nil
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("end")
}
