package main

import (
	"fmt"
	"runtime"
	"time"
)

type Resource struct {
	id   int
	data []byte
}

var closed = make(chan int, 10)

func NewResource(id int) *Resource {
	r := &Resource{id: id, data: make([]byte, 1024)}
	runtime.SetFinalizer(r, func(r *Resource) {
		closed <- r.id
	})
	return r
}

func main() {
	for i := 1; i <= 3; i++ {
		r := NewResource(i)
		_ = r.data[0]
	}
	keep := NewResource(99)
	runtime.GC()
	runtime.GC()
	got := 0
	sum := 0
	timeout := time.After(2 * time.Second)
loop:
	for got < 3 {
		select {
		case id := <-closed:
			got++
			sum += id
		case <-timeout:
			break loop
		}
	}
	fmt.Println("finalized:", got, "sum:", sum)
	runtime.KeepAlive(keep)
	select {
	case id := <-closed:
		fmt.Println("unexpected", id)
	default:
		fmt.Println("keep still alive:", keep.id)
	}
	x := &Resource{id: 5}
	runtime.SetFinalizer(x, nil)
	x = nil
	runtime.GC()
	fmt.Println("done")
}
