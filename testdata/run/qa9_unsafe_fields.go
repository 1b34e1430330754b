// unsafe.Pointer arithmetic with Offsetof to reach fields, unsafe.Slice
// over an array, and reading an int's bytes (little endian here).
package main

import (
	"fmt"
	"unsafe"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  uint64
	Name    [8]byte
}

func fieldPtr(h *Header, off uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(unsafe.Pointer(h)) + off)
}

func main() {
	h := Header{Magic: 0xCAFEBABE, Version: 3, Flags: 0x11, Length: 4096}
	copy(h.Name[:], "gosub")
	v := (*uint16)(fieldPtr(&h, unsafe.Offsetof(h.Version)))
	*v = 4
	l := (*uint64)(fieldPtr(&h, unsafe.Offsetof(h.Length)))
	*l *= 2
	fmt.Println(h.Version, h.Length, unsafe.Sizeof(h))

	raw := unsafe.Slice((*byte)(unsafe.Pointer(&h)), unsafe.Sizeof(h))
	fmt.Printf("% x\n", raw[:8])
	fmt.Println(string(raw[unsafe.Offsetof(h.Name) : unsafe.Offsetof(h.Name)+5]))

	arr := [4]int32{10, 20, 30, 40}
	s := unsafe.Slice(&arr[1], 3)
	s[2] = 99
	fmt.Println(arr, len(s), cap(s))

	x := uint32(0x01020304)
	b := (*[4]byte)(unsafe.Pointer(&x))
	fmt.Println(b[0], b[3])
	fl := 1.0
	bits := *(*uint64)(unsafe.Pointer(&fl))
	fmt.Printf("%#x\n", bits)
	ps := []*Header{&h}
	fmt.Println(unsafe.Sizeof(ps), uintptr(unsafe.Pointer(ps[0])) == uintptr(unsafe.Pointer(&h)))
}
