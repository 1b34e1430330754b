// Allocation sizes around gc's limits: new and composite literals below and
// above 64 KiB, a variable over 10 MiB, make with constant and computed
// lengths, and arrays passed by pointer vs by value.
package main

import "fmt"

type Page [4096]byte
type Block [16]Page

type Frame struct {
	pixels [320 * 240]uint8
	w, h   int
}

func checksum(p *Page) int {
	s := 0
	for _, b := range p {
		s += int(b)
	}
	return s
}

func fill(b *Block, v byte) {
	for i := range b {
		for j := range b[i] {
			b[i][j] = v + byte(i)
		}
	}
}

func newFrame(w, h int) *Frame {
	f := &Frame{w: w, h: h}
	for i := range f.pixels {
		f.pixels[i] = uint8(i % 251)
	}
	return f
}

func localPage() int {
	p := new(Page)
	p[0], p[4095] = 1, 2
	return checksum(p)
}

func localBlock() int {
	b := new(Block)
	fill(b, 1)
	return checksum(&b[3])
}

func hugeCounter() int {
	var counts [3 << 20]int32
	for i := 0; i < len(counts); i += 4096 {
		counts[i] = 1
	}
	n := 0
	for _, c := range counts {
		n += int(c)
	}
	return n
}

func buffers(n int) (int, int, int) {
	a := make([]byte, 1024)
	b := make([]byte, 1<<16)
	c := make([]byte, 1<<16+1)
	d := make([]byte, n)
	a[0], b[0], c[0] = 1, 2, 3
	return len(a) + len(b), len(c), len(d)
}

func byValue(p Page) byte { return p[100] }

func main() {
	fmt.Println(localPage(), localBlock())
	f := newFrame(320, 240)
	fmt.Println(f.w*f.h, f.pixels[1000], len(f.pixels))
	var frame2 Frame
	frame2.pixels[5] = 9
	fmt.Println(frame2.pixels[5])
	fmt.Println(hugeCounter())
	fmt.Println(buffers(10))
	var pg Page
	pg[100] = 42
	fmt.Println(byValue(pg))
	pages := make([]Page, 3)
	pages[2][0] = 7
	fmt.Println(checksum(&pages[2]), len(pages))
	blocks := []*Block{new(Block), {}}
	fill(blocks[1], 2)
	fmt.Println(checksum(&blocks[1][0]), checksum(&blocks[0][15]))
}
