// Looking at memory through unsafe: unsafe.Slice over an array, pointer
// arithmetic with unsafe.Add, a struct's bytes, and string headers.
package main

import (
	"encoding/binary"
	"fmt"
	"unsafe"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  uint64
}

func asBytes(h *Header) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(h)), unsafe.Sizeof(*h))
}

func fieldAt(base unsafe.Pointer, off uintptr) *uint16 {
	return (*uint16)(unsafe.Add(base, off))
}

func sumInts(p *int64, n int) int64 {
	var s int64
	for i := 0; i < n; i++ {
		s += *(*int64)(unsafe.Add(unsafe.Pointer(p), uintptr(i)*unsafe.Sizeof(*p)))
	}
	return s
}

func main() {
	h := Header{Magic: 0xCAFEBABE, Version: 3, Flags: 0x8001, Length: 1 << 40}
	b := asBytes(&h)
	fmt.Println(len(b), binary.LittleEndian.Uint32(b), binary.LittleEndian.Uint16(b[4:]))
	fmt.Printf("% x\n", b)

	*fieldAt(unsafe.Pointer(&h), unsafe.Offsetof(h.Flags)) = 0x0002
	fmt.Printf("%#x %d\n", h.Flags, h.Version)

	arr := [6]int64{1, 2, 3, 4, 5, 6}
	fmt.Println(sumInts(&arr[0], len(arr)), sumInts(&arr[2], 3))

	s := unsafe.Slice(&arr[1], 4)
	s[0] = 20
	fmt.Println(arr, len(s), cap(s))

	words := [3]uint32{1, 2, 3}
	bytesView := unsafe.Slice((*byte)(unsafe.Pointer(&words)), 12)
	bytesView[4] = 0xff
	fmt.Println(words)

	str := "hello"
	hdr := (*[2]uintptr)(unsafe.Pointer(&str))
	fmt.Println(hdr[1], *(*byte)(unsafe.Pointer(hdr[0])) == 'h')
	var x struct {
		a byte
		b int32
	}
	p := unsafe.Pointer(&x)
	*(*int32)(unsafe.Add(p, 4)) = 77
	fmt.Println(x.b, uintptr(unsafe.Pointer(&x.b))-uintptr(p))
}
