// Escape analysis of big values: gc moves arrays over 10 MiB (explicit
// variables) or 64 KiB (implicit: new, &T{}, make) to the heap.
package main

import (
	"fmt"
	"runtime"
)

const (
	KiB = 1 << 10
	MiB = 1 << 20
)

type Small [64]byte
type Page [64 * KiB]byte
type PagePlus [64*KiB + 8]byte
type Huge [10*MiB + 1]byte
type Exact [10 * MiB]byte

type Frame struct {
	hdr  [16]byte
	body [100 * KiB]byte
}

//go:noinline
func sumSmall() int {
	var s Small
	for i := range s {
		s[i] = byte(i)
	}
	t := 0
	for _, b := range s {
		t += int(b)
	}
	return t
}

func sumPage() int {
	p := new(Page) // exactly 64 KiB: does not escape, stays on the stack
	p[len(p)-1] = 7
	return int(p[len(p)-1])
}

func sumPagePlus() int {
	p := new(PagePlus) // over 64 KiB: heap
	p[0] = 9
	return int(p[0])
}

func huge() int {
	var h Huge // over 10 MiB: moved to heap
	h[len(h)-1] = 3
	return int(h[len(h)-1]) + len(h)
}

func exact() int {
	var e Exact // 10 MiB: too large for stack? (moved to heap: over the limit)
	e[5] = 1
	return int(e[5])
}

func frames(n int) int {
	fs := make([]Frame, n) // size not constant: heap
	total := 0
	for i := range fs {
		fs[i].hdr[0] = byte(i)
		total += int(fs[i].hdr[0])
	}
	return total
}

func fixedFrames() int {
	fs := make([]byte, 70*KiB) // constant but over 64 KiB: heap
	fs[1] = 2
	small := make([]byte, 60*KiB) // constant and small: stack
	small[2] = 3
	return int(fs[1] + small[2])
}

func literal() *Frame {
	return &Frame{}
}

func sliceOfArray() []byte {
	var a [128]byte
	for i := range a {
		a[i] = byte('a' + i%26)
	}
	return a[10:20] // a escapes: moved to heap
}

type Grid struct {
	cells [256][256]uint16 // 128 KiB
}

func (g *Grid) Fill(v uint16) {
	for i := range g.cells {
		for j := range g.cells[i] {
			g.cells[i][j] = v + uint16(i^j)
		}
	}
}

func (g Grid) Corner() uint16 { return g.cells[255][255] } // copied by value

func main() {
	fmt.Println(sumSmall(), sumPage(), sumPagePlus(), huge(), exact())
	fmt.Println(frames(3), fixedFrames(), len(literal().body))
	fmt.Println(string(sliceOfArray()))
	g := new(Grid)
	g.Fill(3)
	fmt.Println(g.Corner(), g.cells[1][2])
	var local Grid
	local.Fill(1)
	fmt.Println(local.Corner())

	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("gc ran:", ms.NumGC > 0, "heap in use > 0:", ms.HeapInuse > 0)
	big := make([][]byte, 0, 4)
	for i := 0; i < 4; i++ {
		big = append(big, make([]byte, 3*MiB))
	}
	var ms2 runtime.MemStats
	runtime.ReadMemStats(&ms2)
	fmt.Println("allocated more:", ms2.TotalAlloc-ms.TotalAlloc >= 12*MiB, "mallocs grew:", ms2.Mallocs > ms.Mallocs, len(big))
	runtime.KeepAlive(big)
}
