package main

import (
	"fmt"
	"runtime"
)

func main() {
	var m0, m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	big := make([]byte, 10<<20)
	for i := range big {
		big[i] = byte(i)
	}
	runtime.ReadMemStats(&m1)
	fmt.Println("heap grew by >= 10MB:", m1.HeapAlloc-m0.HeapAlloc >= 10<<20)
	sum := 0
	for i := 0; i < len(big); i += 4096 {
		sum += int(big[i])
	}
	fmt.Println("sum", sum)
	big = nil
	runtime.GC()
	runtime.ReadMemStats(&m2)
	fmt.Println("heap shrank after drop:", m2.HeapAlloc < m1.HeapAlloc-(5<<20))
	sizes := []int{8, 16, 33, 100, 1000, 5000, 32768, 32769, 100000}
	for _, s := range sizes {
		b := make([]byte, 0, s)
		b = append(b, 1)
		fmt.Print(cap(b), " ")
	}
	fmt.Println()
	var grow []byte
	caps := map[int]bool{}
	for i := 0; i < 200000; i++ {
		grow = append(grow, byte(i))
		caps[cap(grow)] = true
	}
	fmt.Println(len(grow), cap(grow), len(caps))
	type S struct {
		a [100]int64
		p *int
	}
	ss := make([]S, 3)
	for i := range ss {
		v := i
		ss[i].p = &v
	}
	runtime.GC()
	fmt.Println(*ss[0].p, *ss[1].p, *ss[2].p)
	ints := make([]int, 5, 7)
	ints = append(ints, 1, 2, 3)
	fmt.Println(len(ints), cap(ints))
	s64 := append([]int64{}, make([]int64, 1025)...)
	fmt.Println(len(s64), cap(s64))
}
