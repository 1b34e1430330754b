// unsafe.Sizeof/Alignof/Offsetof reports: field reordering to remove
// padding, a generic pair's layout per type argument, and arrays of them.
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
}

type Tight struct {
	B int64
	D int32
	F int16
	A bool
	C bool
	E bool
}

type Pair[K comparable, V any] struct {
	Key   K
	Val   V
	Valid bool
}

type Empty struct{}

type TrailingEmpty struct {
	N int32
	Z Empty
}

func report(name string, size, align uintptr, offs ...uintptr) {
	fmt.Printf("%-14s size=%-3d align=%d offsets=%v\n", name, size, align, offs)
}

func pairInfo[K comparable, V any](name string) {
	var p Pair[K, V]
	report(name, unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Offsetof(p.Key), unsafe.Offsetof(p.Val), unsafe.Offsetof(p.Valid))
}

func waste(size uintptr, fields ...uintptr) uintptr {
	var sum uintptr
	for _, f := range fields {
		sum += f
	}
	return size - sum
}

func main() {
	var l Loose
	var t Tight
	report("Loose", unsafe.Sizeof(l), unsafe.Alignof(l), unsafe.Offsetof(l.A), unsafe.Offsetof(l.B), unsafe.Offsetof(l.C),
		unsafe.Offsetof(l.D), unsafe.Offsetof(l.E), unsafe.Offsetof(l.F))
	report("Tight", unsafe.Sizeof(t), unsafe.Alignof(t), unsafe.Offsetof(t.B), unsafe.Offsetof(t.D), unsafe.Offsetof(t.F),
		unsafe.Offsetof(t.A), unsafe.Offsetof(t.C), unsafe.Offsetof(t.E))
	fmt.Println("waste", waste(unsafe.Sizeof(l), 1, 8, 1, 4, 1, 2), waste(unsafe.Sizeof(t), 8, 4, 2, 1, 1, 1))

	pairInfo[int8, int64]("Pair[i8,i64]")
	pairInfo[string, bool]("Pair[str,bool]")
	pairInfo[[3]byte, *int]("Pair[[3]b,*i]")
	pairInfo[int32, Empty]("Pair[i32,{}]")

	var te TrailingEmpty
	report("TrailingEmpty", unsafe.Sizeof(te), unsafe.Alignof(te), unsafe.Offsetof(te.N), unsafe.Offsetof(te.Z))
	var arr [5]Loose
	var arr2 [5]Tight
	fmt.Println("arrays", unsafe.Sizeof(arr), unsafe.Sizeof(arr2), unsafe.Sizeof(arr)-unsafe.Sizeof(arr2))
	var iface any = t
	var sl []Tight
	var str string
	var mp map[int]int
	fmt.Println(unsafe.Sizeof(iface), unsafe.Sizeof(sl), unsafe.Sizeof(str), unsafe.Sizeof(mp), unsafe.Sizeof(Empty{}))
	const k = unsafe.Sizeof(Tight{}) * 2
	var buf [k]byte
	fmt.Println(len(buf))
}
