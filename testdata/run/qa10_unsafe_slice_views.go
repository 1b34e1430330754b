// Reinterpreting memory with unsafe: unsafe.Slice over a struct array,
// unsafe.Add to walk fields, and byte views of integers (little endian).
package main

import (
	"fmt"
	"unsafe"
)

type Pixel struct {
	R, G, B, A uint8
}

type Header struct {
	Tag   uint32
	Count uint16
	Flags uint16
	Size  uint64
}

func pixelsAsBytes(px []Pixel) []byte {
	if len(px) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&px[0])), len(px)*int(unsafe.Sizeof(px[0])))
}

func fieldAt(h *Header, off uintptr) uint16 {
	return *(*uint16)(unsafe.Add(unsafe.Pointer(h), off))
}

func u32Bytes(v *uint32) [4]byte {
	return *(*[4]byte)(unsafe.Pointer(v))
}

func main() {
	px := []Pixel{{1, 2, 3, 255}, {10, 20, 30, 128}}
	raw := pixelsAsBytes(px)
	fmt.Println(len(raw), raw)
	raw[4] = 99 // writes px[1].R
	fmt.Println(px[1])

	h := Header{Tag: 0xCAFEBABE, Count: 3, Flags: 0x8001, Size: 1 << 40}
	fmt.Println(unsafe.Sizeof(h), unsafe.Offsetof(h.Count), unsafe.Offsetof(h.Flags), unsafe.Offsetof(h.Size))
	fmt.Println(fieldAt(&h, unsafe.Offsetof(h.Count)), fieldAt(&h, unsafe.Offsetof(h.Flags)))
	v := uint32(0x01020304)
	fmt.Println(u32Bytes(&v))

	words := []uint16{0x4142, 0x4344}
	bs := unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), 4)
	fmt.Println(string(bs))
	arr := [6]int32{1, 2, 3, 4, 5, 6}
	third := (*int32)(unsafe.Add(unsafe.Pointer(&arr[0]), 2*unsafe.Sizeof(arr[0])))
	*third = 30
	fmt.Println(arr, unsafe.Slice(&arr[1], 3))
	var empty []Pixel
	fmt.Println(pixelsAsBytes(empty) == nil)
	p := uintptr(unsafe.Pointer(&arr[5])) - uintptr(unsafe.Pointer(&arr[0]))
	fmt.Println(p)
}
