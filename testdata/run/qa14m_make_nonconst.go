// make with constant and non-constant sizes: constants folded from array
// lengths and unsafe.Sizeof stay on the stack when small, computed sizes go
// to the heap; maps and channels sized by hints.
package main

import (
	"fmt"
	"strings"
	"unsafe"
)

type header struct {
	magic uint32
	size  uint16
	flags uint8
}

var table [12]int

func constSizes() int {
	a := make([]byte, len(table))              // constant: len of an array
	b := make([]byte, unsafe.Sizeof(header{})) // constant
	c := make([]int, 3, cap(table))            // constant cap
	return len(a) + len(b) + cap(c)
}

func computed(n int) int {
	a := make([]byte, n)
	b := make([]int, 0, n*2)
	c := make([]string, n%4+1)
	return len(a) + cap(b) + len(c)
}

func fromString(s string) []string {
	fields := make([]string, 0, strings.Count(s, ",")+1)
	for _, f := range strings.Split(s, ",") {
		fields = append(fields, strings.TrimSpace(f))
	}
	return fields
}

func hinted(keys []string) (map[string]int, chan string) {
	m := make(map[string]int, len(keys))
	ch := make(chan string, len(keys))
	for i, k := range keys {
		m[k] = i
		ch <- k
	}
	close(ch)
	return m, ch
}

func local2D(rows, cols int) [][]float64 {
	backing := make([]float64, rows*cols)
	grid := make([][]float64, rows)
	for r := range grid {
		grid[r] = backing[r*cols : (r+1)*cols]
	}
	return grid
}

func smallLocal() int {
	const n = 32
	buf := make([]int, n)
	for i := range buf {
		buf[i] = i
	}
	s := 0
	for _, v := range buf[n/2:] {
		s += v
	}
	return s
}

func main() {
	fmt.Println(constSizes(), computed(5), computed(0))
	f := fromString("a, b ,c,, d")
	fmt.Println(len(f), cap(f), f)
	m, ch := hinted([]string{"x", "y", "z"})
	n := 0
	for k := range ch {
		n += m[k]
	}
	fmt.Println(len(m), n)
	g := local2D(3, 4)
	g[1][2] = 7
	fmt.Println(len(g), len(g[0]), g[1], cap(g[0]))
	fmt.Println(smallLocal())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		k := -1
		_ = make([]int, k)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		k := 10
		_ = make([]int, k, k-1)
	}()
}
