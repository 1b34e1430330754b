// Size limits: a local array up to 10 MiB stays in the frame unless its
// address escapes; new/make/&T of more than 64 KiB implicitly go to the heap;
// explicit variables above 10 MiB move to the heap.
package main

import (
	"fmt"
	"runtime"
)

type Page [4096]byte

type Huge struct {
	data [11 << 20]byte
}

func smallArray() int {
	var a [1024]int // 8 KiB: frame
	for i := range a {
		a[i] = i
	}
	return a[1023]
}

func largeArray() int {
	var a [100000]int32 // 400 KB: still a stack variable
	for i := range a {
		a[i] = int32(i % 7)
	}
	s := 0
	for _, v := range a {
		s += int(v)
	}
	return s
}

func newPages() int {
	p := new([20]Page) // 80 KiB through new: heap
	p[19][4095] = 9
	return int(p[19][4095])
}

func makeBig() int {
	b := make([]byte, 70000) // over 64 KiB: heap
	b[69999] = 1
	return len(b)
}

func makeSmall() int {
	b := make([]byte, 60000) // under 64 KiB: stack
	b[0] = 2
	return len(b) + int(b[0])
}

func hugeVar() byte {
	var h Huge // 11 MiB: moved to heap
	h.data[len(h.data)-1] = 7
	return h.data[len(h.data)-1]
}

func literalBig() int {
	x := &[70000]byte{1, 2, 3}
	return int(x[2])
}

func heapDelta(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs
}

func main() {
	fmt.Println(smallArray(), largeArray(), newPages(), makeBig(), makeSmall(), hugeVar(), literalBig())
	fmt.Println("small:", heapDelta(func() { smallArray() }))
	fmt.Println("make 60000:", heapDelta(func() { makeSmall() }))
	fmt.Println("make 70000:", heapDelta(func() { makeBig() }))
	fmt.Println("page:", heapDelta(func() { newPages() }))
}
