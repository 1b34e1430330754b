// Reinterpreting memory with unsafe: byte views of structs and slices,
// unsafe.Add walking an array, unsafe.Slice over a pointer, and string
// headers without copies.
package main

import (
	"fmt"
	"unsafe"
)

type Pixel struct {
	R, G, B, A uint8
}

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  uint64
}

func asBytes(h *Header) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(h)), unsafe.Sizeof(*h))
}

func pixelsAsU32(px []Pixel) []uint32 {
	if len(px) == 0 {
		return nil
	}
	return unsafe.Slice((*uint32)(unsafe.Pointer(&px[0])), len(px))
}

func nth(arr *[8]int64, i int) int64 {
	p := unsafe.Add(unsafe.Pointer(arr), uintptr(i)*unsafe.Sizeof(arr[0]))
	return *(*int64)(p)
}

func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return *(*string)(unsafe.Pointer(&b))
}

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

func capOf(s []int) int {
	return (*sliceHeader)(unsafe.Pointer(&s)).cap
}

func main() {
	h := &Header{Magic: 0xCAFEBABE, Version: 2, Flags: 0x8001, Length: 1 << 40}
	b := asBytes(h)
	fmt.Printf("% x\n", b)
	b[4] = 9
	fmt.Println("version now", h.Version)
	px := []Pixel{{1, 2, 3, 4}, {255, 0, 0, 255}, {0, 0, 0, 0}}
	for _, v := range pixelsAsU32(px) {
		fmt.Printf("%08x ", v)
	}
	fmt.Println()
	var arr [8]int64
	for i := range arr {
		arr[i] = int64(i * i * i)
	}
	fmt.Println(nth(&arr, 3), nth(&arr, 7))
	raw := []byte("hello, unsafe")
	s := bytesToString(raw)
	raw[0] = 'j'
	fmt.Println(s, len(s))
	xs := make([]int, 3, 17)
	fmt.Println("cap via header:", capOf(xs), capOf(xs[1:2]))
	var pp *Pixel = &px[1]
	q := (*Pixel)(unsafe.Add(unsafe.Pointer(pp), unsafe.Sizeof(Pixel{})))
	q.A = 128
	fmt.Println(px[2])
	u := uintptr(unsafe.Pointer(&arr[2])) - uintptr(unsafe.Pointer(&arr[0]))
	fmt.Println("distance", u)
}
