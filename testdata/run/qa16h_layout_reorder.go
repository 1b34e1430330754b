package main

import (
	"fmt"
	"unsafe"
)

type Loose struct {
	A bool
	B int64
	C bool
	D int32
	E bool
	F int16
	G *int
}

type Tight struct {
	B int64
	G *int
	D int32
	F int16
	A bool
	C bool
	E bool
}

type WithArray struct {
	Flag  bool
	Vals  [3]int16
	Inner struct {
		X uint8
		Y uint64
	}
}

type Empty struct{}

type EndsEmpty struct {
	N int32
	E Empty
}

type Header struct {
	Kind  uint8
	Flags uint8
	Len   uint16
	ID    uint32
}

func describe(name string, size, align uintptr) {
	fmt.Printf("%-10s size=%2d align=%d\n", name, size, align)
}

func main() {
	var l Loose
	var t Tight
	var w WithArray
	var e EndsEmpty
	var h Header
	describe("Loose", unsafe.Sizeof(l), unsafe.Alignof(l))
	describe("Tight", unsafe.Sizeof(t), unsafe.Alignof(t))
	describe("WithArray", unsafe.Sizeof(w), unsafe.Alignof(w))
	describe("EndsEmpty", unsafe.Sizeof(e), unsafe.Alignof(e))
	describe("Header", unsafe.Sizeof(h), unsafe.Alignof(h))
	describe("Empty", unsafe.Sizeof(Empty{}), unsafe.Alignof(Empty{}))
	fmt.Println("Loose offsets:", unsafe.Offsetof(l.A), unsafe.Offsetof(l.B), unsafe.Offsetof(l.C), unsafe.Offsetof(l.D), unsafe.Offsetof(l.E), unsafe.Offsetof(l.F), unsafe.Offsetof(l.G))
	fmt.Println("Tight offsets:", unsafe.Offsetof(t.B), unsafe.Offsetof(t.G), unsafe.Offsetof(t.D), unsafe.Offsetof(t.F), unsafe.Offsetof(t.A), unsafe.Offsetof(t.C), unsafe.Offsetof(t.E))
	fmt.Println("Inner:", unsafe.Offsetof(w.Inner), unsafe.Offsetof(w.Inner.Y), unsafe.Sizeof(w.Inner))

	const n = 1000
	loose := make([]Loose, n)
	tight := make([]Tight, n)
	fmt.Println("slice bytes:", uintptr(len(loose))*unsafe.Sizeof(loose[0]), uintptr(len(tight))*unsafe.Sizeof(tight[0]))

	ptrs := make([]*Tight, n)
	for i := range ptrs {
		ptrs[i] = &tight[i]
		tight[i].D = int32(i)
	}
	sum := 0
	for _, p := range ptrs {
		sum += int(p.D)
	}
	fmt.Println("sum", sum, unsafe.Sizeof(ptrs[0]), unsafe.Sizeof(ptrs))

	var arr [4]Header
	for i := range arr {
		arr[i] = Header{Kind: uint8(i), Len: uint16(i * 10), ID: uint32(i) << 20}
	}
	fmt.Println(unsafe.Sizeof(arr), arr[3], &arr[1] == &arr[1])
	es := make([]Empty, 10)
	fmt.Println(len(es), unsafe.Sizeof(es), unsafe.Sizeof([10]Empty{}))
	var iface any = h
	fmt.Println(unsafe.Sizeof(iface), unsafe.Sizeof("str"), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(func() {}))
}
