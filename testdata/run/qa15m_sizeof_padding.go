package main

import (
	"fmt"
	"unsafe"
)

type Bad struct {
	a bool
	b int64
	c bool
	d int32
	e bool
}

type Good struct {
	b int64
	d int32
	a bool
	c bool
	e bool
}

type Header struct {
	kind  uint8
	flags uint16
	size  uint32
	owner *Good
	name  string
	tags  []string
	meta  map[string]int
	fn    func()
	ifc   any
	ch    chan int
}

type Empty struct{}

type Tail struct {
	n int32
	z Empty
}

type Nested struct {
	h  [3]uint8
	in struct {
		x uint16
		y [2]bool
	}
	f float32
	c complex64
	t Tail
}

func show(name string, size, align uintptr) {
	fmt.Printf("%-10s size=%3d align=%d\n", name, size, align)
}

func main() {
	var bad Bad
	var good Good
	show("Bad", unsafe.Sizeof(bad), unsafe.Alignof(bad))
	show("Good", unsafe.Sizeof(good), unsafe.Alignof(good))
	fmt.Println("Bad offsets:", unsafe.Offsetof(bad.a), unsafe.Offsetof(bad.b), unsafe.Offsetof(bad.c), unsafe.Offsetof(bad.d), unsafe.Offsetof(bad.e))
	fmt.Println("Good offsets:", unsafe.Offsetof(good.b), unsafe.Offsetof(good.d), unsafe.Offsetof(good.a), unsafe.Offsetof(good.c), unsafe.Offsetof(good.e))
	var h Header
	show("Header", unsafe.Sizeof(h), unsafe.Alignof(h))
	fmt.Println("Header offsets:", unsafe.Offsetof(h.flags), unsafe.Offsetof(h.size), unsafe.Offsetof(h.owner),
		unsafe.Offsetof(h.name), unsafe.Offsetof(h.tags), unsafe.Offsetof(h.meta), unsafe.Offsetof(h.fn), unsafe.Offsetof(h.ifc), unsafe.Offsetof(h.ch))
	show("Empty", unsafe.Sizeof(Empty{}), unsafe.Alignof(Empty{}))
	var t Tail
	show("Tail", unsafe.Sizeof(t), unsafe.Alignof(t))
	var n Nested
	show("Nested", unsafe.Sizeof(n), unsafe.Alignof(n))
	fmt.Println("Nested offsets:", unsafe.Offsetof(n.in), unsafe.Offsetof(n.in.y), unsafe.Offsetof(n.f), unsafe.Offsetof(n.c), unsafe.Offsetof(n.t))
	show("[5]Bad", unsafe.Sizeof([5]Bad{}), unsafe.Alignof([5]Bad{}))
	show("[5]Good", unsafe.Sizeof([5]Good{}), unsafe.Alignof([5]Good{}))
	show("[0]int64", unsafe.Sizeof([0]int64{}), unsafe.Alignof([0]int64{}))
	const perMB = 1 << 20
	fmt.Printf("1M Bad = %d MiB, 1M Good = %d MiB\n", 1000000*unsafe.Sizeof(bad)/perMB, 1000000*unsafe.Sizeof(good)/perMB)
	arr := make([]Good, 4)
	base := uintptr(unsafe.Pointer(&arr[0]))
	fmt.Println("stride:", uintptr(unsafe.Pointer(&arr[3]))-base, uintptr(unsafe.Pointer(&arr[1].e))-base)
	p := unsafe.Pointer(&arr[0])
	p2 := (*Good)(unsafe.Add(p, 2*unsafe.Sizeof(good)))
	p2.d = 42
	fmt.Println(arr[2].d)
	ints := unsafe.Slice(&arr[1].d, 1)
	ints[0] = 7
	fmt.Println(arr[1].d, len(ints))
}
