package main

import (
	"fmt"
	"runtime"
	"strings"
)

var sinkS string
var sinkI interface{}
var sinkB []byte
var sinkP *[4]int

func allocsPer(n int, f func()) float64 {
	var a, b runtime.MemStats
	f()
	runtime.ReadMemStats(&a)
	for i := 0; i < n; i++ {
		f()
	}
	runtime.ReadMemStats(&b)
	return float64(b.Mallocs-a.Mallocs) / float64(n)
}

func main() {
	bs := []byte("hello world")
	fmt.Println("box small int:", allocsPer(100, func() { sinkI = 7 }))
	fmt.Println("box big int:", allocsPer(100, func() { sinkI = 1000 }))
	fmt.Println("box string const:", allocsPer(100, func() { sinkI = "const" }))
	fmt.Println("bytes->string:", allocsPer(100, func() { sinkS = string(bs) }))
	fmt.Println("string->bytes:", allocsPer(100, func() { sinkB = []byte(sinkS) }))
	fmt.Println("map key lookup no alloc:", allocsPer(100, func() {
		m := map[string]int{}
		_ = m[string(bs)]
	}))
	fmt.Println("new array escapes:", allocsPer(100, func() { sinkP = new([4]int) }))
	fmt.Println("builder with Grow:", allocsPer(100, func() {
		var sb strings.Builder
		sb.Grow(64)
		sb.WriteString("abc")
		sb.WriteString("def")
		sinkS = sb.String()
	}))
	fmt.Println("append from nil to 5:", allocsPer(100, func() {
		var s []byte
		for i := 0; i < 5; i++ {
			s = append(s, 'x')
		}
		sinkB = s
	}))
	fmt.Println("concat 3:", allocsPer(100, func() { sinkS = sinkS[:1] + "b" + "c" }))
}
