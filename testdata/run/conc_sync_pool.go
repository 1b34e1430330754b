package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var p sync.Pool
	p.Put("a")
	p.Put("b")
	p.Put("c")
	fmt.Println(p.Get(), p.Get(), p.Get(), p.Get())
	p.Put("x")
	p.Put("y")
	p.Put("z")
	runtime.GC()
	fmt.Println(p.Get(), p.Get())
	p.Put("w")
	runtime.GC()
	fmt.Println(p.Get(), p.Get())
	runtime.GC()
	fmt.Println(p.Get())
	p.New = func() any { return "new" }
	fmt.Println(p.Get())
}

// gosub:nostress the output is what sync.Pool holds across collections: Go empties a Pool (primary to victim, victim dropped) at every GC, so a collection at every allocation legitimately changes what Get returns
