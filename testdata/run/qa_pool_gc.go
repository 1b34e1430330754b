package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Buf struct {
	id   int
	data []byte
}

func main() {
	created := 0
	p := sync.Pool{New: func() any {
		created++
		return &Buf{id: created, data: make([]byte, 0, 256)}
	}}
	b := p.Get().(*Buf)
	fmt.Println("first get id", b.id, "created", created)
	b.data = append(b.data, "payload"...)
	p.Put(b)
	b2 := p.Get().(*Buf)
	fmt.Println("reused:", b2 == b, "len", len(b2.data))
	b2.data = b2.data[:0]
	p.Put(b2)
	runtime.GC()
	b3 := p.Get().(*Buf)
	p.Put(b3)
	runtime.GC()
	runtime.GC()
	b4 := p.Get().(*Buf)
	fmt.Println("after two GCs new object:", b4 != b, created >= 2)
	var empty sync.Pool
	empty.Put(nil)
	fmt.Println(empty.Get())
}
