// allocs: the allocation fast path.  Allocates small objects of mixed
// sizes (pointerful structs, pointer-free structs, byte slices, pointer
// slices) in a loop, keeping a small rotating window alive so that the GC
// has some live data but most objects die young.  Prints a checksum so the
// work cannot be optimised away; time it from outside (bench script).
// Run: gosub run bench/allocs.go 20000000
package main

import (
	"fmt"
	"os"
	"strconv"
)

type small struct {
	next *small
	val  int
}

type medium struct {
	a, b, c *small
	x, y    [4]int
}

type flat struct {
	x, y, z, w float64
}

func main() {
	n := 20000000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	var window [256]interface{}
	sum := 0
	for i := 0; i < n; i++ {
		var v interface{}
		switch i & 7 {
		case 0, 1, 2:
			s := &small{val: i}
			sum += s.val & 1
			v = s
		case 3:
			m := &medium{x: [4]int{i, i, i, i}}
			sum += m.x[0] & 1
			v = m
		case 4:
			f := &flat{x: float64(i)}
			sum += int(f.x) & 1
			v = f
		case 5:
			b := make([]byte, 8+i&63)
			b[0] = byte(i)
			sum += int(b[0]) & 1
			v = b
		case 6:
			p := make([]*small, 4+i&15)
			sum += len(p) & 1
			v = p
		case 7:
			b := make([]byte, 1000+i&1023)
			sum += len(b) & 1
			v = b
		}
		window[i&255] = v
	}
	fmt.Println(n, "allocations, checksum", sum)
}
