// A bump arena over one []byte: allocations are aligned offsets into the
// backing slice, handed out as sub-slices; reset reuses the memory.
package main

import (
	"encoding/binary"
	"fmt"
	"unsafe"
)

type Arena struct {
	buf    []byte
	off    int
	allocs int
	peak   int
}

func NewArena(size int) *Arena {
	return &Arena{buf: make([]byte, size)}
}

func alignUp(n, a int) int {
	return (n + a - 1) &^ (a - 1)
}

func (a *Arena) Alloc(size, align int) ([]byte, bool) {
	start := alignUp(a.off, align)
	end := start + size
	if end > len(a.buf) {
		return nil, false
	}
	a.off = end
	a.allocs++
	if end > a.peak {
		a.peak = end
	}
	return a.buf[start:end:end], true
}

func (a *Arena) Reset() {
	for i := range a.buf[:a.off] {
		a.buf[i] = 0
	}
	a.off = 0
	a.allocs = 0
}

type header struct {
	kind  uint8
	flags uint16
	size  uint32
	id    uint64
}

func (a *Arena) PutHeader(h header) []byte {
	b, ok := a.Alloc(int(unsafe.Sizeof(h)), int(unsafe.Alignof(h)))
	if !ok {
		return nil
	}
	b[0] = h.kind
	binary.LittleEndian.PutUint16(b[2:], h.flags)
	binary.LittleEndian.PutUint32(b[4:], h.size)
	binary.LittleEndian.PutUint64(b[8:], h.id)
	return b
}

func readHeader(b []byte) header {
	return header{
		kind:  b[0],
		flags: binary.LittleEndian.Uint16(b[2:]),
		size:  binary.LittleEndian.Uint32(b[4:]),
		id:    binary.LittleEndian.Uint64(b[8:]),
	}
}

func (a *Arena) String(s string) []byte {
	b, ok := a.Alloc(len(s), 1)
	if !ok {
		return nil
	}
	copy(b, s)
	return b
}

func main() {
	fmt.Println("header size", unsafe.Sizeof(header{}), "align", unsafe.Alignof(header{}),
		"offsets", unsafe.Offsetof(header{}.flags), unsafe.Offsetof(header{}.size), unsafe.Offsetof(header{}.id))
	ar := NewArena(128)
	var hs [][]byte
	for i := 0; i < 5; i++ {
		s := ar.String(fmt.Sprintf("n%d", i*7))
		h := ar.PutHeader(header{kind: uint8(i), flags: uint16(i * 3), size: uint32(len(s)), id: uint64(1000 + i)})
		if h == nil {
			fmt.Println("arena full at", i, "off", ar.off)
			break
		}
		hs = append(hs, h)
		fmt.Printf("alloc %d: str=%q off=%d\n", i, s, ar.off)
	}
	for _, h := range hs {
		fmt.Printf("%+v\n", readHeader(h))
	}
	fmt.Println("allocs", ar.allocs, "peak", ar.peak)
	ar.Reset()
	big, ok := ar.Alloc(200, 8)
	fmt.Println("big alloc ok:", ok, big == nil)
	x, _ := ar.Alloc(3, 1)
	y, _ := ar.Alloc(8, 8)
	fmt.Println("after reset: x cap", cap(x), "y len", len(y), "off", ar.off)
	x = append(x, 'z')
	fmt.Println("append to capped slice copied:", len(x), ar.buf[3] == 0)
}
