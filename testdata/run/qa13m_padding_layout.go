// Struct layout: sizes, alignments and offsets of records before and after
// reordering their fields, arrays of them, and the memory a slice needs.
package main

import (
	"fmt"
	"unsafe"
)

type Loose struct {
	Active bool
	ID     int64
	Flag   bool
	Score  float32
	Kind   uint8
	Count  int32
	Tag    byte
}

type Packed struct {
	ID     int64
	Score  float32
	Count  int32
	Active bool
	Flag   bool
	Kind   uint8
	Tag    byte
}

type WithSlice struct {
	Name  string
	Tags  []string
	Extra map[string]int
	Next  *WithSlice
	Fn    func()
	Any   any
	Err   error
	Ch    chan int
	Small [3]byte
}

type Empty struct{}

type TrailingEmpty struct {
	N int32
	E Empty
}

type Nested struct {
	A Loose
	B Packed
	C [2]TrailingEmpty
}

func describe(name string, size, align uintptr) {
	fmt.Printf("%-14s size=%-3d align=%d\n", name, size, align)
}

func perMillion(size uintptr) uintptr {
	return size * 1_000_000 / 1024
}

func main() {
	var l Loose
	var p Packed
	var w WithSlice
	var t TrailingEmpty
	var n Nested
	describe("Loose", unsafe.Sizeof(l), unsafe.Alignof(l))
	describe("Packed", unsafe.Sizeof(p), unsafe.Alignof(p))
	describe("WithSlice", unsafe.Sizeof(w), unsafe.Alignof(w))
	describe("Empty", unsafe.Sizeof(Empty{}), unsafe.Alignof(Empty{}))
	describe("TrailingEmpty", unsafe.Sizeof(t), unsafe.Alignof(t))
	describe("Nested", unsafe.Sizeof(n), unsafe.Alignof(n))
	fmt.Println("Loose offsets:", unsafe.Offsetof(l.Active), unsafe.Offsetof(l.ID), unsafe.Offsetof(l.Flag),
		unsafe.Offsetof(l.Score), unsafe.Offsetof(l.Kind), unsafe.Offsetof(l.Count), unsafe.Offsetof(l.Tag))
	fmt.Println("Packed offsets:", unsafe.Offsetof(p.ID), unsafe.Offsetof(p.Score), unsafe.Offsetof(p.Count),
		unsafe.Offsetof(p.Active), unsafe.Offsetof(p.Flag), unsafe.Offsetof(p.Kind), unsafe.Offsetof(p.Tag))
	fmt.Println("WithSlice offsets:", unsafe.Offsetof(w.Tags), unsafe.Offsetof(w.Extra), unsafe.Offsetof(w.Any),
		unsafe.Offsetof(w.Err), unsafe.Offsetof(w.Small))
	fmt.Println("Nested offsets:", unsafe.Offsetof(n.B), unsafe.Offsetof(n.C), unsafe.Offsetof(n.B.Tag))
	fmt.Printf("1M Loose: %d KiB, 1M Packed: %d KiB, saved %d KiB\n",
		perMillion(unsafe.Sizeof(l)), perMillion(unsafe.Sizeof(p)), perMillion(unsafe.Sizeof(l)-unsafe.Sizeof(p)))
	arr := [4]Loose{}
	fmt.Println("array of 4 Loose:", unsafe.Sizeof(arr), "elem stride:",
		uintptr(unsafe.Pointer(&arr[1]))-uintptr(unsafe.Pointer(&arr[0])))
	s := make([]Packed, 10)
	fmt.Println("slice header:", unsafe.Sizeof(s), "backing:", uintptr(len(s))*unsafe.Sizeof(s[0]))
	var i any = p
	var e error
	fmt.Println("iface sizes:", unsafe.Sizeof(i), unsafe.Sizeof(e), "string:", unsafe.Sizeof(""), "ptr:", unsafe.Sizeof(&p))
	fmt.Printf("%+v\n", p)
}
