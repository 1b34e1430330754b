// Measuring allocations: runtime.ReadMemStats around small workloads,
// struct padding with unsafe.Sizeof, big values over the stack limits,
// string/byte conversions and preallocated versus growing slices.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"unsafe"
)

type Padded struct {
	a bool
	b int64
	c bool
	d int32
	e bool
}

type Packed struct {
	b int64
	d int32
	a bool
	c bool
	e bool
}

type Big struct {
	data [100000]byte
}

func allocs(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs
}

var sinkBytes []byte
var sinkStr string

func growing(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func prealloc(n int) []int {
	s := make([]int, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func newBig() *Big {
	return new(Big)
}

func localBig() int {
	var b Big
	b.data[0] = 1
	return int(b.data[0])
}

func concat(parts []string) string {
	s := ""
	for _, p := range parts {
		s += p
	}
	return s
}

func build(parts []string) string {
	var sb strings.Builder
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	sb.Grow(n)
	for _, p := range parts {
		sb.WriteString(p)
	}
	return sb.String()
}

func countBytes(s string) int {
	b := []byte(s)
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	return n
}

func main() {
	fmt.Println(unsafe.Sizeof(Padded{}), unsafe.Sizeof(Packed{}), unsafe.Alignof(Padded{}.b))
	fmt.Println(unsafe.Offsetof(Padded{}.d), unsafe.Offsetof(Packed{}.a))

	parts := []string{"alpha", "beta", "gamma", "delta"}
	fmt.Println(concat(parts) == build(parts))

	n := allocs(func() {
		for i := 0; i < 10; i++ {
			sinkBytes = make([]byte, 16)
		}
	})
	fmt.Println("allocations >= 10:", n >= 10)

	g := growing(1000)
	p := prealloc(1000)
	fmt.Println(len(g), cap(p))

	b := newBig()
	b.data[1] = 2
	fmt.Println(b.data[1], localBig())

	fmt.Println(countBytes("banana"))
	key := []byte("abc")
	m := map[string]int{"abc": 3}
	fmt.Println(m[string(key)])
	sinkStr = string(key)
	fmt.Println(sinkStr, len(sinkBytes))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.HeapAlloc > 0, runtime.NumGoroutine())
}
