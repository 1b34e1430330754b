// Looking under the hood with package unsafe, as a "Go internals" post
// does: slice and string headers through unsafe.Pointer casts, sharing of
// backing arrays after slicing and append, unsafe.Slice and unsafe.Add
// (Go 1.17), converting []byte to string without a copy (and why it is
// dangerous), and the layout of an interface value.
package main

import (
	"fmt"
	"unsafe"
)

type sliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

type stringHeader struct {
	Data unsafe.Pointer
	Len  int
}

type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

func header(s []int) sliceHeader { return *(*sliceHeader)(unsafe.Pointer(&s)) }

func sameArray(a, b []int) bool {
	ha, hb := header(a), header(b)
	endA := uintptr(ha.Data) + uintptr(ha.Cap)*unsafe.Sizeof(int(0))
	return uintptr(hb.Data) >= uintptr(ha.Data) && uintptr(hb.Data) < endA
}

func offsetOf(a, b []int) int {
	return int((uintptr(header(b).Data) - uintptr(header(a).Data)) / unsafe.Sizeof(int(0)))
}

func bytesToString(b []byte) string {
	return *(*string)(unsafe.Pointer(&b))
}

type Pair struct {
	A int32
	B int64
}

func main() {
	base := make([]int, 5, 8)
	for i := range base {
		base[i] = i * 10
	}
	h := header(base)
	fmt.Println("len/cap via header:", h.Len, h.Cap, h.Data != nil)

	mid := base[2:4]
	fmt.Println("mid shares:", sameArray(base, mid), "offset:", offsetOf(base, mid), "len/cap:", len(mid), cap(mid))
	mid = append(mid, 99)
	fmt.Println("append within cap writes base[4]:", base[4], sameArray(base, mid))
	mid = append(mid, 1, 2, 3, 4)
	fmt.Println("append beyond cap moves:", sameArray(base, mid), len(mid), cap(mid) >= 7)

	s := "hello, world"
	sh := (*stringHeader)(unsafe.Pointer(&s))
	sub := s[7:]
	subh := (*stringHeader)(unsafe.Pointer(&sub))
	fmt.Println("substring shares bytes:", uintptr(subh.Data)-uintptr(sh.Data), subh.Len, sub)

	arr := [6]int16{1, 2, 3, 4, 5, 6}
	p := unsafe.Pointer(&arr[0])
	third := (*int16)(unsafe.Add(p, 2*unsafe.Sizeof(arr[0])))
	fmt.Println("unsafe.Add:", *third)
	view := unsafe.Slice(&arr[1], 4)
	view[0] = 20
	fmt.Println("unsafe.Slice:", view, len(view), cap(view), arr)

	b := []byte("mutable")
	str := bytesToString(b)
	fmt.Println("no-copy string:", str)
	b[0] = 'M'
	fmt.Println("after changing the bytes:", str)

	var x interface{} = Pair{1, 2}
	e := (*eface)(unsafe.Pointer(&x))
	fmt.Println("interface words:", unsafe.Sizeof(x), e.typ != nil, (*Pair)(e.data).B)
	var nilIface interface{}
	ne := (*eface)(unsafe.Pointer(&nilIface))
	fmt.Println("nil interface words:", ne.typ == nil, ne.data == nil)

	pr := Pair{7, 8}
	pb := (*int64)(unsafe.Pointer(uintptr(unsafe.Pointer(&pr)) + unsafe.Offsetof(pr.B)))
	*pb = 80
	fmt.Println(pr, unsafe.Offsetof(pr.B), unsafe.Sizeof(pr), unsafe.Alignof(pr.A))
	words := (*[2]int64)(unsafe.Pointer(&pr))
	fmt.Println("as words:", words[1], int32(words[0]))
	u := uint32(0x01020304)
	bytes := (*[4]byte)(unsafe.Pointer(&u))
	fmt.Println("little endian:", bytes[0] == 4, *bytes)
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("float bits: %#016x\n", bits)
	sl := []string{"a", "b"}
	fmt.Println(unsafe.Sizeof(sl), unsafe.Sizeof(sl[0]), len(unsafe.Slice(&sl[0], 2)))
}
