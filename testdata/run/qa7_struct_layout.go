// Field ordering and padding: the same fields in two orders, nested
// structs and arrays of structs, measured with unsafe.Sizeof/Alignof/Offsetof.
package main

import (
	"fmt"
	"unsafe"
)

type Loose struct {
	Flag    bool
	Count   int64
	Small   uint8
	Ratio   float32
	Enabled bool
	Ptr     *int
}

type Tight struct {
	Count   int64
	Ptr     *int
	Ratio   float32
	Flag    bool
	Small   uint8
	Enabled bool
}

type Header struct {
	Kind uint16
	Len  uint32
}

type Packet struct {
	H       Header
	Payload [5]byte
	Sum     uint64
	Extra   []byte
	Name    string
	Any     interface{}
}

type Empty struct{}

type WithEmpty struct {
	A int32
	E Empty
}

func report(name string, size, align uintptr) string {
	return fmt.Sprintf("%-10s size=%3d align=%d", name, size, align)
}

func main() {
	var l Loose
	var t Tight
	fmt.Println(report("Loose", unsafe.Sizeof(l), unsafe.Alignof(l)))
	fmt.Println(report("Tight", unsafe.Sizeof(t), unsafe.Alignof(t)))
	fmt.Println("Loose offsets:", unsafe.Offsetof(l.Flag), unsafe.Offsetof(l.Count),
		unsafe.Offsetof(l.Small), unsafe.Offsetof(l.Ratio), unsafe.Offsetof(l.Enabled), unsafe.Offsetof(l.Ptr))
	fmt.Println("Tight offsets:", unsafe.Offsetof(t.Count), unsafe.Offsetof(t.Ptr),
		unsafe.Offsetof(t.Ratio), unsafe.Offsetof(t.Flag), unsafe.Offsetof(t.Small), unsafe.Offsetof(t.Enabled))

	var p Packet
	fmt.Println(report("Header", unsafe.Sizeof(p.H), unsafe.Alignof(p.H)))
	fmt.Println(report("Packet", unsafe.Sizeof(p), unsafe.Alignof(p)))
	fmt.Println("Packet offsets:", unsafe.Offsetof(p.Payload), unsafe.Offsetof(p.Sum),
		unsafe.Offsetof(p.Extra), unsafe.Offsetof(p.Name), unsafe.Offsetof(p.Any))
	fmt.Println("H.Len offset inside H:", unsafe.Offsetof(p.H.Len))

	var arr [4]Loose
	var arr2 [4]Tight
	fmt.Println("4 x Loose:", unsafe.Sizeof(arr), "4 x Tight:", unsafe.Sizeof(arr2))
	saved := unsafe.Sizeof(arr) - unsafe.Sizeof(arr2)
	fmt.Printf("saved %d bytes per 4 (%.1f%%)\n", saved, 100*float64(saved)/float64(unsafe.Sizeof(arr)))

	var w WithEmpty
	fmt.Println(report("Empty", unsafe.Sizeof(Empty{}), unsafe.Alignof(Empty{})))
	fmt.Println(report("WithEmpty", unsafe.Sizeof(w), unsafe.Alignof(w)))

	sizes := []uintptr{
		unsafe.Sizeof(int8(0)), unsafe.Sizeof(int16(0)), unsafe.Sizeof(complex64(0)),
		unsafe.Sizeof(""), unsafe.Sizeof([]int(nil)), unsafe.Sizeof(map[int]int(nil)),
		unsafe.Sizeof(make(chan int)), unsafe.Sizeof(func() {}),
	}
	fmt.Println(sizes)

	x := 42
	t.Ptr = &x
	base := unsafe.Pointer(&t)
	ratio := (*float32)(unsafe.Add(base, unsafe.Offsetof(t.Ratio)))
	*ratio = 2.5
	fmt.Println(t.Ratio, *t.Ptr)
}
