// Struct layout and padding: unsafe.Sizeof/Alignof/Offsetof for field
// orders that waste or save space, arrays of structs, embedded structs and
// promoted fields, struct equality and structs as map keys, anonymous
// structs, and the memory a slice of each layout really uses (MemStats).
package main

import (
	"fmt"
	"runtime"
	"sort"
	"unsafe"
)

type Wasteful struct {
	A bool
	B int64
	C bool
	D int32
	E bool
	F int16
}

type Packed struct {
	B int64
	D int32
	F int16
	A bool
	C bool
	E bool
}

type Header struct {
	ID      uint32
	Version uint8
}

type Base struct {
	Header
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("%s v%d #%d", b.Name, b.Version, b.ID) }

type Derived struct {
	Base
	*Header
	Extra [3]byte
	Tags  []string
}

type Empty struct{}

type WithEmpty struct {
	N int32
	E Empty
}

type key struct {
	x, y int16
	name string
}

func layout(name string, size, align uintptr, offsets ...uintptr) {
	fmt.Printf("%-10s size=%-3d align=%d offsets=%v\n", name, size, align, offsets)
}

func heapFor(n int, alloc func(int) interface{}) uint64 {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	keep := alloc(n)
	runtime.ReadMemStats(&b)
	runtime.KeepAlive(keep)
	return (b.TotalAlloc - a.TotalAlloc) / uint64(n)
}

func main() {
	var w Wasteful
	var p Packed
	layout("Wasteful", unsafe.Sizeof(w), unsafe.Alignof(w), unsafe.Offsetof(w.A), unsafe.Offsetof(w.B), unsafe.Offsetof(w.C),
		unsafe.Offsetof(w.D), unsafe.Offsetof(w.E), unsafe.Offsetof(w.F))
	layout("Packed", unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Offsetof(p.B), unsafe.Offsetof(p.D), unsafe.Offsetof(p.F),
		unsafe.Offsetof(p.A), unsafe.Offsetof(p.C), unsafe.Offsetof(p.E))
	var h Header
	layout("Header", unsafe.Sizeof(h), unsafe.Alignof(h), unsafe.Offsetof(h.ID), unsafe.Offsetof(h.Version))
	var d Derived
	layout("Derived", unsafe.Sizeof(d), unsafe.Alignof(d), unsafe.Offsetof(d.Base), unsafe.Offsetof(d.Header), unsafe.Offsetof(d.Extra), unsafe.Offsetof(d.Tags))
	var we WithEmpty
	layout("WithEmpty", unsafe.Sizeof(we), unsafe.Alignof(we), unsafe.Offsetof(we.N), unsafe.Offsetof(we.E))
	fmt.Println(unsafe.Sizeof(Empty{}), unsafe.Sizeof([0]int64{}), unsafe.Sizeof([3]Wasteful{}), unsafe.Sizeof(""), unsafe.Sizeof([]int{}),
		unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(interface{}(nil)), unsafe.Sizeof(struct {
			a byte
			b [0]int64
		}{}))

	fmt.Println("bytes per element, 10000 elements:",
		heapFor(10000, func(n int) interface{} { return make([]Wasteful, n) }),
		heapFor(10000, func(n int) interface{} { return make([]Packed, n) }),
		heapFor(10000, func(n int) interface{} { return make([]*Packed, n) }))

	dd := Derived{Base: Base{Header{7, 2}, "base"}, Header: &Header{99, 9}, Tags: []string{"t"}}
	fmt.Println(dd.Name, dd.Base.ID, dd.Header.ID, dd.Describe(), dd.Base.Header.Version)
	fmt.Printf("%+v\n", dd.Base)
	fmt.Printf("%v %+v\n", Header{1, 2}, WithEmpty{5, Empty{}})

	k1 := key{1, 2, "a"}
	k2 := key{1, 2, "a"}
	fmt.Println(k1 == k2, k1 != key{2, 1, "a"})
	seen := map[key]int{}
	for _, k := range []key{k1, k2, {0, 0, ""}, {1, 2, "b"}, {}} {
		seen[k]++
	}
	var ks []string
	for k, v := range seen {
		ks = append(ks, fmt.Sprintf("%v:%d", k, v))
	}
	sort.Strings(ks)
	fmt.Println(ks)

	points := []struct {
		X, Y int
		Tag  string
	}{{1, 2, "a"}, {3, 4, "b"}}
	anon := struct {
		X, Y int
		Tag  string
	}{3, 4, "b"}
	fmt.Println(points[1] == anon, fmt.Sprintf("%T", anon))
	type Named struct {
		X, Y int
		Tag  string
	}
	named := Named(anon)
	fmt.Printf("%+v %#v\n", named, named)
	arr := [2]Header{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[1].ID = 20
	fmt.Println(arr == arr2, arr[1].ID, arr2[1].ID, len(arr))
	ptr := &arr[0]
	ptr.Version = 77
	fmt.Println(arr[0])
	base := uintptr(unsafe.Pointer(&arr[0]))
	second := (*Header)(unsafe.Pointer(base + unsafe.Sizeof(arr[0])))
	fmt.Println(*second, unsafe.Sizeof(arr[0]))
}
