package main

import (
	"fmt"
	"sort"
	"strings"
	"unsafe"
)

type Empty struct{}
type TailZero struct {
	a int64
	z struct{}
}
type TailZeroArr struct {
	a int32
	z [0]int64
}
type HeadZero struct {
	z struct{}
	a int64
}
type Mixed struct {
	b  bool
	i  int
	b2 bool
	f  float32
	s  string
	sl []int
	m  map[int]int
	c  chan int
	fn func()
	e  interface{}
	p  *int
	u8 uint8
	c64 complex64
	c128 complex128
	arr [3]uint16
}
type Inner struct {
	x int8
	y int64
}
type Outer struct {
	a  int8
	in Inner
	b  int8
}
type Embed struct {
	Inner
	z int16
}

func main() {
	type row struct {
		name          string
		size, align   uintptr
	}
	rows := []row{
		{"Empty", unsafe.Sizeof(Empty{}), unsafe.Alignof(Empty{})},
		{"TailZero", unsafe.Sizeof(TailZero{}), unsafe.Alignof(TailZero{})},
		{"TailZeroArr", unsafe.Sizeof(TailZeroArr{}), unsafe.Alignof(TailZeroArr{})},
		{"HeadZero", unsafe.Sizeof(HeadZero{}), unsafe.Alignof(HeadZero{})},
		{"Mixed", unsafe.Sizeof(Mixed{}), unsafe.Alignof(Mixed{})},
		{"Outer", unsafe.Sizeof(Outer{}), unsafe.Alignof(Outer{})},
		{"Embed", unsafe.Sizeof(Embed{}), unsafe.Alignof(Embed{})},
		{"[0]int", unsafe.Sizeof([0]int{}), unsafe.Alignof([0]int{})},
		{"[3]Empty", unsafe.Sizeof([3]Empty{}), unsafe.Alignof([3]Empty{})},
		{"complex64", unsafe.Sizeof(complex64(0)), unsafe.Alignof(complex64(0))},
		{"uintptr", unsafe.Sizeof(uintptr(0)), unsafe.Alignof(uintptr(0))},
		{"error", unsafe.Sizeof(error(nil)), unsafe.Alignof(error(nil))},
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].size < rows[j].size || rows[i].size == rows[j].size && rows[i].name < rows[j].name })
	for _, r := range rows {
		fmt.Printf("%-12s size=%3d align=%d\n", r.name, r.size, r.align)
	}
	var m Mixed
	offs := []uintptr{unsafe.Offsetof(m.b), unsafe.Offsetof(m.i), unsafe.Offsetof(m.b2), unsafe.Offsetof(m.f), unsafe.Offsetof(m.s),
		unsafe.Offsetof(m.sl), unsafe.Offsetof(m.m), unsafe.Offsetof(m.c), unsafe.Offsetof(m.fn), unsafe.Offsetof(m.e),
		unsafe.Offsetof(m.p), unsafe.Offsetof(m.u8), unsafe.Offsetof(m.c64), unsafe.Offsetof(m.c128), unsafe.Offsetof(m.arr)}
	fmt.Println(offs)
	var e Embed
	fmt.Println(unsafe.Offsetof(e.Inner), unsafe.Offsetof(e.y), unsafe.Offsetof(e.z), unsafe.Offsetof(e.Inner.y))
	var o Outer
	fmt.Println(unsafe.Offsetof(o.in), unsafe.Offsetof(o.b), unsafe.Offsetof(o.in.y))
	arr := [4]int32{10, 20, 30, 40}
	p := unsafe.Pointer(&arr[0])
	third := *(*int32)(unsafe.Pointer(uintptr(p) + 2*unsafe.Sizeof(arr[0])))
	fmt.Println(third)
	s := "hello"
	bs := []byte(s)
	type sliceHeader struct {
		Data     uintptr
		Len, Cap int
	}
	hdr := (*sliceHeader)(unsafe.Pointer(&bs))
	fmt.Println(hdr.Len, hdr.Cap >= 5)
	u := unsafe.Slice(&arr[1], 2)
	fmt.Println(u, len(u), cap(u))
	var x uint32 = 0x01020304
	b := (*[4]byte)(unsafe.Pointer(&x))
	fmt.Println(b[0] == 4, strings.Repeat("=", int(unsafe.Sizeof(x))))
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
	type T struct {
		a byte
		b [2]uint64
		c byte
	}
	ts := make([]T, 3)
	fmt.Println(uintptr(unsafe.Pointer(&ts[1]))-uintptr(unsafe.Pointer(&ts[0])), unsafe.Sizeof(ts), unsafe.Sizeof(ts[0]))
}
