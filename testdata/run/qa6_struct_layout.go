// Struct padding: field order changes the size; arrays of structs, embedded
// structs, and unsafe.Offsetof on nested fields. Also a value receiver on a
// large struct and a pointer into a slice element.
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
}

type Tight struct {
	B int64
	D int32
	A bool
	C bool
	E bool
}

type Header struct {
	Kind  uint8
	Flags uint16
	Len   uint32
}

type Packet struct {
	Header
	Payload [12]byte
	Next    *Packet
}

type Empty struct{}

type WithEmpty struct {
	N int32
	E Empty
}

type Matrix struct {
	cells [4][4]float64
}

func (m Matrix) Trace() float64 {
	t := 0.0
	for i := 0; i < 4; i++ {
		t += m.cells[i][i]
	}
	return t
}

func (m *Matrix) Scale(f float64) {
	for i := range m.cells {
		for j := range m.cells[i] {
			m.cells[i][j] *= f
		}
	}
}

func describe(name string, size, align uintptr) string {
	return fmt.Sprintf("%-9s size=%2d align=%d", name, size, align)
}

func main() {
	var l Loose
	var t Tight
	fmt.Println(describe("Loose", unsafe.Sizeof(l), unsafe.Alignof(l)))
	fmt.Println(describe("Tight", unsafe.Sizeof(t), unsafe.Alignof(t)))
	fmt.Println("Loose offsets", unsafe.Offsetof(l.B), unsafe.Offsetof(l.C), unsafe.Offsetof(l.D), unsafe.Offsetof(l.E))
	var p Packet
	fmt.Println(describe("Header", unsafe.Sizeof(p.Header), unsafe.Alignof(p.Header)))
	fmt.Println(describe("Packet", unsafe.Sizeof(p), unsafe.Alignof(p)))
	fmt.Println("Packet offsets", unsafe.Offsetof(p.Flags), unsafe.Offsetof(p.Len), unsafe.Offsetof(p.Payload), unsafe.Offsetof(p.Next))
	fmt.Println(describe("WithEmpty", unsafe.Sizeof(WithEmpty{}), unsafe.Alignof(WithEmpty{})))

	arr := make([]Loose, 100)
	tarr := make([]Tight, 100)
	fmt.Println("slices of 100:", uintptr(len(arr))*unsafe.Sizeof(arr[0]), uintptr(len(tarr))*unsafe.Sizeof(tarr[0]))

	packets := make([]Packet, 3)
	for i := range packets {
		pk := &packets[i]
		pk.Kind = uint8(i)
		pk.Len = uint32(10 * i)
		copy(pk.Payload[:], "hello")
		if i > 0 {
			packets[i-1].Next = pk
		}
	}
	n := 0
	for q := &packets[0]; q != nil; q = q.Next {
		n += int(q.Len)
	}
	fmt.Println("sum len", n, string(packets[2].Payload[:5]))

	var m Matrix
	for i := 0; i < 4; i++ {
		m.cells[i][i] = float64(i + 1)
	}
	m.Scale(2)
	fmt.Println("trace", m.Trace())
}
