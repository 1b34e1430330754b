// Big buffers: a checksum tool using stack-sized and too-big-for-stack
// arrays, explicit huge allocations and non-constant makes.
package main

import (
	"fmt"
	"hash/crc32"
)

const (
	small = 4 << 10
	over  = 80 << 10 // over gc's 64 KiB implicit limit
	huge  = 12 << 20 // over the 10 MiB explicit limit
)

type Block struct {
	data [small]byte
	used int
}

type Frame struct {
	pixels [over]byte
	w, h   int
}

func fill(b []byte, seed byte) {
	for i := range b {
		b[i] = seed + byte(i*31)
	}
}

func sumLocal() uint32 {
	var tmp [small]byte
	fill(tmp[:], 1)
	return crc32.ChecksumIEEE(tmp[:])
}

func sumOver() uint32 {
	var tmp [over]byte
	fill(tmp[:], 2)
	return crc32.ChecksumIEEE(tmp[:])
}

func sumHuge() uint32 {
	buf := make([]byte, huge)
	fill(buf[:1024], 3)
	return crc32.ChecksumIEEE(buf)
}

func sumNew() uint32 {
	p := new([huge]byte)
	p[huge-1] = 9
	return crc32.ChecksumIEEE(p[:])
}

func sumDyn(n int) uint32 {
	buf := make([]byte, n)
	fill(buf, 4)
	return crc32.ChecksumIEEE(buf)
}

func sumConstSmall() uint32 {
	buf := make([]byte, 1000)
	fill(buf, 5)
	return crc32.ChecksumIEEE(buf)
}

func newFrame(w, h int) *Frame {
	f := &Frame{w: w, h: h}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			f.pixels[y*w+x] = byte(x ^ y)
		}
	}
	return f
}

func frameValue(w int) Frame {
	var f Frame
	f.w = w
	f.pixels[w] = 1
	return f
}

func (b *Block) Write(p []byte) int {
	n := copy(b.data[b.used:], p)
	b.used += n
	return n
}

func blocks(n int) []Block {
	return make([]Block, n)
}

func main() {
	fmt.Printf("local %08x\n", sumLocal())
	fmt.Printf("over  %08x\n", sumOver())
	fmt.Printf("huge  %08x\n", sumHuge())
	fmt.Printf("new   %08x\n", sumNew())
	fmt.Printf("dyn   %08x\n", sumDyn(5000))
	fmt.Printf("const %08x\n", sumConstSmall())
	f := newFrame(256, 200)
	fmt.Println("frame", f.w, f.h, f.pixels[255], f.pixels[256*199+3])
	fv := frameValue(10)
	fmt.Println("value frame", fv.w, fv.pixels[10], len(fv.pixels))
	bs := blocks(3)
	total := 0
	for i := range bs {
		total += bs[i].Write([]byte(fmt.Sprintf("block %d payload", i)))
	}
	fmt.Println("wrote", total, string(bs[2].data[:bs[2].used]))
	var arr [3][over / 4]byte
	arr[2][100] = 7
	rows := arr[1:]
	fmt.Println("slices of arrays:", len(rows), len(rows[1]), rows[1][100])
}
