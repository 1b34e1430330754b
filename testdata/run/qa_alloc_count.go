package main

import (
	"fmt"
	"runtime"
)

type Vec struct{ X, Y, Z float64 }

var global *Vec

func sumLocal() float64 {
	v := &Vec{1, 2, 3}
	return v.X + v.Y + v.Z
}

func escapes() {
	global = &Vec{4, 5, 6}
}

func localArray() int {
	buf := make([]int, 64)
	for i := range buf {
		buf[i] = i
	}
	return buf[63]
}

func returnsSlice(n int) []int {
	return make([]int, n)
}

func mallocs(f func()) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 100; i++ {
		f()
	}
	runtime.ReadMemStats(&b)
	return (b.Mallocs - a.Mallocs) / 100
}

func main() {
	fmt.Println("local pointer:", mallocs(func() { _ = sumLocal() }))
	fmt.Println("escaping pointer:", mallocs(escapes))
	fmt.Println("local make:", mallocs(func() { _ = localArray() }))
	fmt.Println("returned slice:", mallocs(func() { _ = returnsSlice(8) }))
	fmt.Println("string concat:", mallocs(func() {
		s := "a"
		for i := 0; i < 3; i++ {
			s += "b"
		}
		global = &Vec{X: float64(len(s))}
	}))
}
