package main

import (
	"fmt"
	"unsafe"
)

type Bad struct {
	A bool
	B int64
	C bool
	D int32
	E bool
}

type Good struct {
	B int64
	D int32
	A bool
	C bool
	E bool
}

type Mixed struct {
	s   string
	b   byte
	sl  []int
	i   interface{}
	f32 float32
	p   *int
	arr [3]uint16
	m   map[string]int
}

type Empty struct{}

type Tail struct {
	x int32
	e struct{}
}

func main() {
	var b Bad
	var g Good
	fmt.Println(unsafe.Sizeof(b), unsafe.Alignof(b), unsafe.Sizeof(g), unsafe.Alignof(g))
	fmt.Println(unsafe.Offsetof(b.A), unsafe.Offsetof(b.B), unsafe.Offsetof(b.C), unsafe.Offsetof(b.D), unsafe.Offsetof(b.E))
	fmt.Println(unsafe.Offsetof(g.B), unsafe.Offsetof(g.D), unsafe.Offsetof(g.A), unsafe.Offsetof(g.C), unsafe.Offsetof(g.E))
	var m Mixed
	fmt.Println(unsafe.Sizeof(m), unsafe.Offsetof(m.b), unsafe.Offsetof(m.sl), unsafe.Offsetof(m.i),
		unsafe.Offsetof(m.f32), unsafe.Offsetof(m.p), unsafe.Offsetof(m.arr), unsafe.Offsetof(m.m))
	fmt.Println(unsafe.Sizeof(Empty{}), unsafe.Sizeof(Tail{}), unsafe.Sizeof([0]int{}))
	fmt.Println(unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(any(nil)))
	var x int
	var f func()
	var c chan int
	fmt.Println(unsafe.Sizeof(x), unsafe.Sizeof(f), unsafe.Sizeof(c), unsafe.Alignof(float32(0)))
	arr := [4]int32{10, 20, 30, 40}
	p := unsafe.Pointer(&arr[0])
	third := *(*int32)(unsafe.Add(p, 2*unsafe.Sizeof(arr[0])))
	fmt.Println(third)
	bs := []byte("hello")
	fmt.Println(*(*byte)(unsafe.Pointer(uintptr(unsafe.Pointer(&bs[0])) + 1)))
}
