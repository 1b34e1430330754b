// Big values and where they go: arrays on the stack up to a limit, slices
// whose size is only known at run time, explicit allocations over the
// 10 MB limit, deep recursion that grows the goroutine stack, and copying
// costs of large structs by value. The numbers printed are sums and sizes,
// the -m output shows the decisions.
package main

import (
	"fmt"
	"unsafe"
)

type Pixel struct{ R, G, B, A uint8 }

type Image struct {
	W, H int
	Pix  []Pixel
}

type Frame struct {
	Seq  int
	Data [4096]byte
}

func smallArray() int {
	var a [1024]int // 8 KiB: fits on the stack
	for i := range a {
		a[i] = i
	}
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func bigArray() int {
	var a [20000]int // 160 KB: a declared variable may use up to 10 MB of stack
	for i := range a {
		a[i] = i % 7
	}
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func hugeNew() int {
	p := new([3 << 20]int32) // 12 MiB: over the explicit limit
	p[len(p)-1] = 7
	return int(p[len(p)-1]) + len(p)
}

func makeConst() int {
	b := make([]byte, 64<<10) // constant 64 KiB: stays on the stack
	b[0] = 1
	return len(b) + int(b[0])
}

func makeBigConst() int {
	b := make([]byte, 64<<10+1) // one byte more: heap
	b[len(b)-1] = 2
	return len(b) + int(b[len(b)-1])
}

func makeVar(n int) int {
	b := make([]uint16, n) // size unknown at compile time: heap
	for i := range b {
		b[i] = uint16(i)
	}
	return int(b[n-1])
}

func NewImage(w, h int) *Image {
	return &Image{W: w, H: h, Pix: make([]Pixel, w*h)}
}

func (im *Image) Fill(p Pixel) {
	for i := range im.Pix {
		im.Pix[i] = p
	}
}

func (im Image) CountOpaque() int { // value receiver copies only the header
	n := 0
	for _, p := range im.Pix {
		if p.A == 255 {
			n++
		}
	}
	return n
}

func checksum(f Frame) int { // 4 KiB copied per call
	s := f.Seq
	for _, b := range f.Data[:64] {
		s += int(b)
	}
	return s
}

func checksumPtr(f *Frame) int {
	s := f.Seq
	for _, b := range f.Data[:64] {
		s += int(b)
	}
	return s
}

//go:noinline
func recurse(depth int, pad [256]byte) int {
	if depth == 0 {
		return int(pad[0])
	}
	pad[0]++
	return recurse(depth-1, pad) + 1
}

func main() {
	fmt.Println("smallArray:", smallArray())
	fmt.Println("bigArray:", bigArray())
	fmt.Println("hugeNew:", hugeNew())
	fmt.Println("makeConst:", makeConst(), "makeBigConst:", makeBigConst(), "makeVar:", makeVar(1000))

	im := NewImage(64, 48)
	im.Fill(Pixel{10, 20, 30, 255})
	im.Pix[0].A = 0
	fmt.Println("opaque:", im.CountOpaque(), "of", len(im.Pix), "pixel size", unsafe.Sizeof(Pixel{}), "image header", unsafe.Sizeof(*im))

	var f Frame
	f.Seq = 3
	for i := range f.Data {
		f.Data[i] = byte(i)
	}
	fmt.Println("checksums:", checksum(f), checksumPtr(&f), "frame size", unsafe.Sizeof(f))

	frames := make([]Frame, 4)
	for i := range frames {
		frames[i].Seq = i
	}
	total := 0
	for _, fr := range frames { // copies each 4 KiB frame
		total += fr.Seq
	}
	for i := range frames { // no copy
		total += frames[i].Seq
	}
	fmt.Println("range total:", total)

	var pad [256]byte
	fmt.Println("deep recursion:", recurse(20000, pad))
	fmt.Println("pad unchanged in caller:", pad[0])
}
