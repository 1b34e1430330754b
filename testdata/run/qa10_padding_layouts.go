// Struct padding: the same fields in different orders, measured with
// unsafe.Sizeof, Alignof and Offsetof; arrays of them multiply the waste.
package main

import (
	"fmt"
	"unsafe"
)

type Loose struct {
	Active bool
	ID     int64
	Kind   uint8
	Score  float64
	Flags  uint16
	Count  int32
}

type Tight struct {
	ID     int64
	Score  float64
	Count  int32
	Flags  uint16
	Active bool
	Kind   uint8
}

type Header struct {
	Magic [3]byte
	Len   uint32
	Next  *Header
	Tag   string
}

type Empty struct{}

type WithEmptyTail struct {
	N int32
	E Empty
}

type Nested struct {
	H    Header
	B    byte
	T    Tight
	Tail [0]int64
}

func describe(name string, size, align uintptr) {
	fmt.Printf("%-14s size=%3d align=%d\n", name, size, align)
}

func main() {
	var l Loose
	var t Tight
	var h Header
	var n Nested
	describe("Loose", unsafe.Sizeof(l), unsafe.Alignof(l))
	describe("Tight", unsafe.Sizeof(t), unsafe.Alignof(t))
	describe("Header", unsafe.Sizeof(h), unsafe.Alignof(h))
	describe("Empty", unsafe.Sizeof(Empty{}), unsafe.Alignof(Empty{}))
	describe("WithEmptyTail", unsafe.Sizeof(WithEmptyTail{}), unsafe.Alignof(WithEmptyTail{}))
	describe("Nested", unsafe.Sizeof(n), unsafe.Alignof(n))

	fmt.Println("Loose offsets:",
		unsafe.Offsetof(l.Active), unsafe.Offsetof(l.ID), unsafe.Offsetof(l.Kind),
		unsafe.Offsetof(l.Score), unsafe.Offsetof(l.Flags), unsafe.Offsetof(l.Count))
	fmt.Println("Tight offsets:",
		unsafe.Offsetof(t.ID), unsafe.Offsetof(t.Score), unsafe.Offsetof(t.Count),
		unsafe.Offsetof(t.Flags), unsafe.Offsetof(t.Active), unsafe.Offsetof(t.Kind))
	fmt.Println("Header offsets:", unsafe.Offsetof(h.Magic), unsafe.Offsetof(h.Len),
		unsafe.Offsetof(h.Next), unsafe.Offsetof(h.Tag))
	fmt.Println("Nested offsets:", unsafe.Offsetof(n.H), unsafe.Offsetof(n.B),
		unsafe.Offsetof(n.T), unsafe.Offsetof(n.Tail), unsafe.Offsetof(n.T.Kind))

	const count = 1000
	var loose [count]Loose
	var tight [count]Tight
	saved := unsafe.Sizeof(loose) - unsafe.Sizeof(tight)
	fmt.Println("array bytes:", unsafe.Sizeof(loose), unsafe.Sizeof(tight), "saved", saved)

	ls := make([]Loose, 10)
	base := uintptr(unsafe.Pointer(&ls[0]))
	fourth := uintptr(unsafe.Pointer(&ls[4]))
	fmt.Println("stride:", (fourth-base)/4)
	fmt.Println(unsafe.Sizeof(ls), unsafe.Sizeof(""), unsafe.Sizeof(any(nil)), unsafe.Sizeof(map[int]int(nil)))
	var arr [3]uint16
	fmt.Println(unsafe.Sizeof(arr), unsafe.Alignof(arr), unsafe.Sizeof(struct {
		a byte
		b [3]uint16
	}{}))
}
