// Struct padding tables with unsafe.Sizeof/Alignof/Offsetof, as a blog
// post on memory layout would show them: each field's offset, the holes
// the compiler inserts, and how reordering fields shrinks a struct.
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

type Bad struct {
	A bool
	B int64
	C bool
	D int32
	E bool
	F int16
}

type Good struct {
	B int64
	D int32
	F int16
	A bool
	C bool
	E bool
}

type WithString struct {
	Flag  bool
	Name  string
	Count uint8
	Data  []byte
	Ptr   *int
	Iface interface{}
}

type Nested struct {
	X  byte
	In struct {
		Y int16
		Z byte
	}
	W [3]byte
	V float64
}

type Empty struct{}

type TrailingEmpty struct {
	N int32
	E struct{}
}

type Counters struct {
	mu   sync.Mutex
	hits int64
	a    atomic.Int64
	b    atomic.Int32
	flag atomic.Bool
	once sync.Once
	rw   sync.RWMutex
}

type field struct {
	name        string
	off, size   uintptr
	align       uintptr
}

func report(title string, size, align uintptr, fields []field) {
	fmt.Printf("%s: size=%d align=%d\n", title, size, align)
	fmt.Printf("  %-8s %6s %5s %5s %s\n", "field", "offset", "size", "align", "layout")
	var end uintptr
	var waste uintptr
	for _, f := range fields {
		if f.off > end {
			fmt.Printf("  %-8s %6d %5d %5s %s\n", "(pad)", end, f.off-end, "", strings.Repeat(".", int(f.off-end)))
			waste += f.off - end
		}
		fmt.Printf("  %-8s %6d %5d %5d %s\n", f.name, f.off, f.size, f.align, strings.Repeat("#", int(f.size)))
		end = f.off + f.size
	}
	if size > end {
		fmt.Printf("  %-8s %6d %5d %5s %s\n", "(tail)", end, size-end, "", strings.Repeat(".", int(size-end)))
		waste += size - end
	}
	fmt.Printf("  wasted %d of %d bytes (%.1f%%)\n", waste, size, 100*float64(waste)/float64(size))
}

func main() {
	var b Bad
	report("Bad", unsafe.Sizeof(b), unsafe.Alignof(b), []field{
		{"A", unsafe.Offsetof(b.A), unsafe.Sizeof(b.A), unsafe.Alignof(b.A)},
		{"B", unsafe.Offsetof(b.B), unsafe.Sizeof(b.B), unsafe.Alignof(b.B)},
		{"C", unsafe.Offsetof(b.C), unsafe.Sizeof(b.C), unsafe.Alignof(b.C)},
		{"D", unsafe.Offsetof(b.D), unsafe.Sizeof(b.D), unsafe.Alignof(b.D)},
		{"E", unsafe.Offsetof(b.E), unsafe.Sizeof(b.E), unsafe.Alignof(b.E)},
		{"F", unsafe.Offsetof(b.F), unsafe.Sizeof(b.F), unsafe.Alignof(b.F)},
	})
	var g Good
	report("Good", unsafe.Sizeof(g), unsafe.Alignof(g), []field{
		{"B", unsafe.Offsetof(g.B), unsafe.Sizeof(g.B), unsafe.Alignof(g.B)},
		{"D", unsafe.Offsetof(g.D), unsafe.Sizeof(g.D), unsafe.Alignof(g.D)},
		{"F", unsafe.Offsetof(g.F), unsafe.Sizeof(g.F), unsafe.Alignof(g.F)},
		{"A", unsafe.Offsetof(g.A), unsafe.Sizeof(g.A), unsafe.Alignof(g.A)},
		{"C", unsafe.Offsetof(g.C), unsafe.Sizeof(g.C), unsafe.Alignof(g.C)},
		{"E", unsafe.Offsetof(g.E), unsafe.Sizeof(g.E), unsafe.Alignof(g.E)},
	})
	var w WithString
	report("WithString", unsafe.Sizeof(w), unsafe.Alignof(w), []field{
		{"Flag", unsafe.Offsetof(w.Flag), unsafe.Sizeof(w.Flag), unsafe.Alignof(w.Flag)},
		{"Name", unsafe.Offsetof(w.Name), unsafe.Sizeof(w.Name), unsafe.Alignof(w.Name)},
		{"Count", unsafe.Offsetof(w.Count), unsafe.Sizeof(w.Count), unsafe.Alignof(w.Count)},
		{"Data", unsafe.Offsetof(w.Data), unsafe.Sizeof(w.Data), unsafe.Alignof(w.Data)},
		{"Ptr", unsafe.Offsetof(w.Ptr), unsafe.Sizeof(w.Ptr), unsafe.Alignof(w.Ptr)},
		{"Iface", unsafe.Offsetof(w.Iface), unsafe.Sizeof(w.Iface), unsafe.Alignof(w.Iface)},
	})
	var n Nested
	report("Nested", unsafe.Sizeof(n), unsafe.Alignof(n), []field{
		{"X", unsafe.Offsetof(n.X), unsafe.Sizeof(n.X), unsafe.Alignof(n.X)},
		{"In", unsafe.Offsetof(n.In), unsafe.Sizeof(n.In), unsafe.Alignof(n.In)},
		{"W", unsafe.Offsetof(n.W), unsafe.Sizeof(n.W), unsafe.Alignof(n.W)},
		{"V", unsafe.Offsetof(n.V), unsafe.Sizeof(n.V), unsafe.Alignof(n.V)},
	})
	fmt.Println("In.Z offset within In:", unsafe.Offsetof(n.In.Z))
	var t TrailingEmpty
	report("TrailingEmpty", unsafe.Sizeof(t), unsafe.Alignof(t), []field{
		{"N", unsafe.Offsetof(t.N), unsafe.Sizeof(t.N), unsafe.Alignof(t.N)},
		{"E", unsafe.Offsetof(t.E), unsafe.Sizeof(t.E), unsafe.Alignof(t.E)},
	})
	var c Counters
	report("Counters", unsafe.Sizeof(c), unsafe.Alignof(c), []field{
		{"mu", unsafe.Offsetof(c.mu), unsafe.Sizeof(c.mu), unsafe.Alignof(c.mu)},
		{"hits", unsafe.Offsetof(c.hits), unsafe.Sizeof(c.hits), unsafe.Alignof(c.hits)},
		{"a", unsafe.Offsetof(c.a), unsafe.Sizeof(c.a), unsafe.Alignof(c.a)},
		{"b", unsafe.Offsetof(c.b), unsafe.Sizeof(c.b), unsafe.Alignof(c.b)},
		{"flag", unsafe.Offsetof(c.flag), unsafe.Sizeof(c.flag), unsafe.Alignof(c.flag)},
		{"once", unsafe.Offsetof(c.once), unsafe.Sizeof(c.once), unsafe.Alignof(c.once)},
		{"rw", unsafe.Offsetof(c.rw), unsafe.Sizeof(c.rw), unsafe.Alignof(c.rw)},
	})

	fmt.Printf("%-16s %4s %5s\n", "type", "size", "align")
	rows := []struct {
		name        string
		size, align uintptr
	}{
		{"bool", unsafe.Sizeof(true), unsafe.Alignof(true)},
		{"int", unsafe.Sizeof(0), unsafe.Alignof(0)},
		{"uintptr", unsafe.Sizeof(uintptr(0)), unsafe.Alignof(uintptr(0))},
		{"complex-free [5]int16", unsafe.Sizeof([5]int16{}), unsafe.Alignof([5]int16{})},
		{"string", unsafe.Sizeof(""), unsafe.Alignof("")},
		{"[]int", unsafe.Sizeof([]int(nil)), unsafe.Alignof([]int(nil))},
		{"map", unsafe.Sizeof(map[int]int(nil)), unsafe.Alignof(map[int]int(nil))},
		{"chan", unsafe.Sizeof((chan int)(nil)), unsafe.Alignof((chan int)(nil))},
		{"func", unsafe.Sizeof(main), unsafe.Alignof(main)},
		{"error", unsafe.Sizeof(error(nil)), unsafe.Alignof(error(nil))},
		{"Empty", unsafe.Sizeof(Empty{}), unsafe.Alignof(Empty{})},
		{"[0]int64", unsafe.Sizeof([0]int64{}), unsafe.Alignof([0]int64{})},
		{"sync.WaitGroup", unsafe.Sizeof(sync.WaitGroup{}), unsafe.Alignof(sync.WaitGroup{})},
		{"atomic.Uint64", unsafe.Sizeof(atomic.Uint64{}), unsafe.Alignof(atomic.Uint64{})},
		{"atomic.Value", unsafe.Sizeof(atomic.Value{}), unsafe.Alignof(atomic.Value{})},
		{"sync.Map", unsafe.Sizeof(sync.Map{}), unsafe.Alignof(sync.Map{})},
		{"sync.Pool", unsafe.Sizeof(sync.Pool{}), unsafe.Alignof(sync.Pool{})},
		{"strings.Builder", unsafe.Sizeof(strings.Builder{}), unsafe.Alignof(strings.Builder{})},
	}
	for _, r := range rows {
		fmt.Printf("%-16s %4d %5d\n", r.name, r.size, r.align)
	}
	arr := make([]Bad, 1000)
	arr2 := make([]Good, 1000)
	fmt.Printf("1000 Bad: %d bytes, 1000 Good: %d bytes, saved %d\n",
		uintptr(len(arr))*unsafe.Sizeof(arr[0]), uintptr(len(arr2))*unsafe.Sizeof(arr2[0]),
		uintptr(len(arr))*(unsafe.Sizeof(Bad{})-unsafe.Sizeof(Good{})))
	p := unsafe.Pointer(&b)
	*(*int64)(unsafe.Pointer(uintptr(p) + unsafe.Offsetof(b.B))) = 99
	fmt.Println("B via unsafe:", b.B, b)
}
