// What it costs to put values in interfaces: small integers, single bytes
// and zero values need no allocation, big structs do. Counted with
// runtime.MemStats.Mallocs around a loop.
package main

import (
	"fmt"
	"runtime"
)

type Small struct{ A, B int32 }

type Large struct {
	Data [16]int64
	Name string
}

var sink interface{}

func mallocs(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs
}

func boxInts(n int) {
	for i := 0; i < n; i++ {
		sink = i % 200
	}
}

func boxBigInts(n int) {
	for i := 0; i < n; i++ {
		sink = 1000 + i
	}
}

func boxBytes(n int) {
	for i := 0; i < n; i++ {
		sink = byte(i)
	}
}

func boxSmall(n int) {
	for i := 0; i < n; i++ {
		sink = Small{int32(i), 1}
	}
}

func boxLarge(n int) {
	var l Large
	for i := 0; i < n; i++ {
		l.Data[0] = int64(i)
		sink = l
	}
}

func boxPointer(n int) {
	l := &Large{Name: "shared"}
	for i := 0; i < n; i++ {
		sink = l
	}
}

func boxZero(n int) {
	for i := 0; i < n; i++ {
		sink = Small{}
	}
}

func describe(v interface{}) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case Small:
		return fmt.Sprintf("small %d/%d", x.A, x.B)
	case *Large:
		return "large ptr " + x.Name
	case Large:
		return fmt.Sprintf("large value %d", x.Data[0])
	}
	return "other"
}

func main() {
	const n = 100
	fmt.Println("small ints:", mallocs(func() { boxInts(n) }))
	fmt.Println("big ints:", mallocs(func() { boxBigInts(n) }))
	fmt.Println("bytes:", mallocs(func() { boxBytes(n) }))
	fmt.Println("Small structs:", mallocs(func() { boxSmall(n) }))
	fmt.Println("Large structs:", mallocs(func() { boxLarge(n) }))
	fmt.Println("pointer:", mallocs(func() { boxPointer(n) }))
	fmt.Println("zero values:", mallocs(func() { boxZero(n) }))
	for _, v := range []interface{}{7, Small{1, 2}, &Large{Name: "p"}, Large{}, "s"} {
		fmt.Println(describe(v))
	}
}
