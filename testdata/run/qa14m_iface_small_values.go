// Boxing small values into interfaces: single-byte values and zero values
// need no allocation, other values do; conversions counted with
// testing-free allocation measurement via runtime.MemStats.
package main

import (
	"fmt"
	"runtime"
)

type small uint8
type pair struct{ a, b int32 }
type empty struct{}

var sink []any

func allocs(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs
}

func boxBytes() {
	for i := 0; i < 100; i++ {
		sink = append(sink[:0], small(i))
	}
}

func boxInts() {
	for i := 1000; i < 1100; i++ {
		sink = append(sink[:0], i)
	}
}

func boxZero() {
	for i := 0; i < 100; i++ {
		sink = append(sink[:0], pair{})
	}
}

func boxPairs() {
	for i := 0; i < 100; i++ {
		sink = append(sink[:0], pair{int32(i), 1})
	}
}

func boxEmpty() {
	for i := 0; i < 100; i++ {
		sink = append(sink[:0], empty{})
	}
}

func boxStrings(ss []string) {
	for _, s := range ss {
		sink = append(sink[:0], s)
	}
}

func describe(vs ...any) string {
	out := ""
	for _, v := range vs {
		switch x := v.(type) {
		case small:
			out += fmt.Sprintf("small(%d) ", x)
		case pair:
			out += fmt.Sprintf("pair%v ", x)
		case empty:
			out += "empty "
		default:
			out += fmt.Sprintf("%T ", x)
		}
	}
	return out
}

func main() {
	sink = make([]any, 0, 1)
	boxBytes() // warm up
	fmt.Println("bytes:", allocs(boxBytes) < 10)
	fmt.Println("ints:", allocs(boxInts) >= 100)
	fmt.Println("zero:", allocs(boxZero) < 10)
	fmt.Println("pairs:", allocs(boxPairs) >= 100)
	fmt.Println("empty:", allocs(boxEmpty) < 10)
	ss := []string{"a", "bb", "ccc"}
	fmt.Println("strings:", allocs(func() { boxStrings(ss) }) >= 3)
	fmt.Println(describe(small(3), pair{1, 2}, empty{}, 4.5, nil))
	var e1, e2 any = empty{}, empty{}
	fmt.Println(e1 == e2, any(pair{1, 2}) == any(pair{1, 2}), any(small(1)) == any(uint8(1)))
}
