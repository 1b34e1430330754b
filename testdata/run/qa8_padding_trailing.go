// Struct layout details: a zero-size field at the end adds padding, field
// order changes the size, and arrays of small structs multiply the waste.
package main

import (
	"fmt"
	"unsafe"
)

type Marker struct{}

type EndsEmpty struct {
	N int64
	M Marker
}

type StartsEmpty struct {
	M Marker
	N int64
}

type Mixed struct {
	A byte
	B int32
	C byte
	D int16
	E byte
}

type MixedSorted struct {
	B int32
	D int16
	A byte
	C byte
	E byte
}

type Node struct {
	Left, Right *Node
	Key         int32
	Red         bool
}

type Nested struct {
	Tag   byte
	Inner struct {
		X int16
		Y byte
	}
	Tail [3]byte
}

type Word struct {
	Lo, Hi uint32
}

func show(name string, size, align uintptr) {
	fmt.Printf("%-12s %3d %d\n", name, size, align)
}

func main() {
	show("EndsEmpty", unsafe.Sizeof(EndsEmpty{}), unsafe.Alignof(EndsEmpty{}))
	show("StartsEmpty", unsafe.Sizeof(StartsEmpty{}), unsafe.Alignof(StartsEmpty{}))
	show("Mixed", unsafe.Sizeof(Mixed{}), unsafe.Alignof(Mixed{}))
	show("MixedSorted", unsafe.Sizeof(MixedSorted{}), unsafe.Alignof(MixedSorted{}))
	show("Node", unsafe.Sizeof(Node{}), unsafe.Alignof(Node{}))
	var n Nested
	show("Nested", unsafe.Sizeof(n), unsafe.Alignof(n))
	fmt.Println("Nested offsets", unsafe.Offsetof(n.Inner), unsafe.Offsetof(n.Inner.Y), unsafe.Offsetof(n.Tail))

	var m Mixed
	fmt.Println("Mixed offsets", unsafe.Offsetof(m.A), unsafe.Offsetof(m.B), unsafe.Offsetof(m.C),
		unsafe.Offsetof(m.D), unsafe.Offsetof(m.E))
	var arr [100]Mixed
	var arr2 [100]MixedSorted
	fmt.Println("100 elements:", unsafe.Sizeof(arr), unsafe.Sizeof(arr2))

	w := Word{Lo: 0x11223344, Hi: 0xaabbccdd}
	raw := (*[8]byte)(unsafe.Pointer(&w))
	fmt.Printf("% x\n", raw[:])
	u := *(*uint64)(unsafe.Pointer(&w))
	fmt.Printf("%#x\n", u)

	fields := []uintptr{unsafe.Alignof(m.A), unsafe.Alignof(m.B), unsafe.Alignof(m.D),
		unsafe.Alignof(n.Inner), unsafe.Alignof(w.Hi)}
	fmt.Println(fields)
	var s struct {
		a bool
		b float64
		c bool
	}
	fmt.Println(unsafe.Sizeof(s), unsafe.Offsetof(s.c))
	ptrs := make([]*Node, 3)
	fmt.Println(unsafe.Sizeof(ptrs), unsafe.Sizeof(ptrs[0]), unsafe.Sizeof(*ptrs[0]))
}
