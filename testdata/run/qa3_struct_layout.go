// Struct layout and padding: how field order changes the size of a struct,
// measured with unsafe.Sizeof/Alignof/Offsetof and shown as a table.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
	"unsafe"
)

// Badly ordered: bool, int64, bool, int32, bool.
type Loose struct {
	Active  bool
	ID      int64
	Deleted bool
	Count   int32
	Flag    bool
}

// The same fields, largest first.
type Tight struct {
	ID      int64
	Count   int32
	Active  bool
	Deleted bool
	Flag    bool
}

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint8
	_       uint8
	Length  uint32
}

type Node struct {
	Value int
	Left  *Node
	Right *Node
}

type Event struct {
	At    time.Time
	Name  string
	Tags  []string
	Attrs map[string]string
	Err   error
}

type Cache struct {
	mu      sync.Mutex
	hits    uint64
	misses  uint64
	entries map[string][]byte
	once    sync.Once
}

type Empty struct{}

type WithEmptyTail struct {
	N int32
	E Empty
}

type Pair struct {
	A byte
	B float64
}

type Mixed struct {
	a int8
	b int16
	c int8
	d int32
	e int8
	f int64
	g [3]byte
	h complexFree
}

type complexFree struct {
	x, y float32
}

type row struct {
	name          string
	size, align   uintptr
	fields        int
}

func main() {
	rows := []row{
		{"bool", unsafe.Sizeof(true), unsafe.Alignof(true), 0},
		{"int32", unsafe.Sizeof(int32(0)), unsafe.Alignof(int32(0)), 0},
		{"string", unsafe.Sizeof(""), unsafe.Alignof(""), 2},
		{"[]int", unsafe.Sizeof([]int(nil)), unsafe.Alignof([]int(nil)), 3},
		{"map", unsafe.Sizeof(map[int]int(nil)), unsafe.Alignof(map[int]int(nil)), 1},
		{"interface{}", unsafe.Sizeof(interface{}(nil)), unsafe.Alignof(interface{}(nil)), 2},
		{"func()", unsafe.Sizeof(func() {}), unsafe.Alignof(func() {}), 1},
		{"Loose", unsafe.Sizeof(Loose{}), unsafe.Alignof(Loose{}), 5},
		{"Tight", unsafe.Sizeof(Tight{}), unsafe.Alignof(Tight{}), 5},
		{"Header", unsafe.Sizeof(Header{}), unsafe.Alignof(Header{}), 5},
		{"Node", unsafe.Sizeof(Node{}), unsafe.Alignof(Node{}), 3},
		{"Event", unsafe.Sizeof(Event{}), unsafe.Alignof(Event{}), 5},
		{"Cache", unsafe.Sizeof(Cache{}), unsafe.Alignof(Cache{}), 5},
		{"Empty", unsafe.Sizeof(Empty{}), unsafe.Alignof(Empty{}), 0},
		{"WithEmptyTail", unsafe.Sizeof(WithEmptyTail{}), unsafe.Alignof(WithEmptyTail{}), 2},
		{"Pair", unsafe.Sizeof(Pair{}), unsafe.Alignof(Pair{}), 2},
		{"Mixed", unsafe.Sizeof(Mixed{}), unsafe.Alignof(Mixed{}), 8},
		{"[5]Pair", unsafe.Sizeof([5]Pair{}), unsafe.Alignof([5]Pair{}), 0},
		{"time.Time", unsafe.Sizeof(time.Time{}), unsafe.Alignof(time.Time{}), 3},
		{"time.Duration", unsafe.Sizeof(time.Duration(0)), unsafe.Alignof(time.Duration(0)), 0},
	}

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "type\tsize\talign\tfields\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t\n", r.name, r.size, r.align, r.fields)
	}
	w.Flush()

	var l Loose
	fmt.Println("Loose offsets:",
		unsafe.Offsetof(l.Active), unsafe.Offsetof(l.ID), unsafe.Offsetof(l.Deleted),
		unsafe.Offsetof(l.Count), unsafe.Offsetof(l.Flag))
	var t Tight
	fmt.Println("Tight offsets:",
		unsafe.Offsetof(t.ID), unsafe.Offsetof(t.Count), unsafe.Offsetof(t.Active),
		unsafe.Offsetof(t.Deleted), unsafe.Offsetof(t.Flag))
	var m Mixed
	fmt.Println("Mixed offsets:", unsafe.Offsetof(m.a), unsafe.Offsetof(m.b), unsafe.Offsetof(m.c),
		unsafe.Offsetof(m.d), unsafe.Offsetof(m.e), unsafe.Offsetof(m.f), unsafe.Offsetof(m.g),
		unsafe.Offsetof(m.h), unsafe.Offsetof(m.h.y))

	saved := unsafe.Sizeof(Loose{}) - unsafe.Sizeof(Tight{})
	fmt.Printf("reordering saves %d bytes per value, %d KiB per million\n", saved, saved*1000000/1024)

	// Slices of each layout: how many fit in a 4 KiB page.
	type fit struct {
		name string
		per  uintptr
	}
	fits := []fit{
		{"Loose", 4096 / unsafe.Sizeof(Loose{})},
		{"Tight", 4096 / unsafe.Sizeof(Tight{})},
		{"Pair", 4096 / unsafe.Sizeof(Pair{})},
		{"Node", 4096 / unsafe.Sizeof(Node{})},
	}
	sort.Slice(fits, func(i, j int) bool { return fits[i].per > fits[j].per })
	for _, f := range fits {
		fmt.Printf("%-6s %3d per page %s\n", f.name, f.per, strings.Repeat("#", int(f.per/16)))
	}

	// Header bytes in memory order.
	h := Header{Magic: [4]byte{'G', 'O', 'S', 'B'}, Version: 0x0102, Flags: 7, Length: 0xAABBCCDD}
	raw := (*[unsafe.Sizeof(Header{})]byte)(unsafe.Pointer(&h))
	fmt.Printf("% x\n", raw[:])

	// Pointer arithmetic over an array of Pair.
	ps := [3]Pair{{'a', 1.5}, {'b', 2.5}, {'c', 3.5}}
	base := unsafe.Pointer(&ps[0])
	for i := uintptr(0); i < 3; i++ {
		p := (*Pair)(unsafe.Add(base, i*unsafe.Sizeof(Pair{})))
		fmt.Printf("%c=%.1f ", p.A, p.B)
	}
	fmt.Println()
}
