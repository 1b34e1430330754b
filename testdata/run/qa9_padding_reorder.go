// Struct padding: the same fields in two orders, nested structs and arrays,
// unsafe.Sizeof/Alignof/Offsetof, and the size of a slice of each.
package main

import (
	"fmt"
	"unsafe"
)

type Loose struct {
	Flag   bool
	Count  int64
	Small  uint8
	Ratio  float32
	Tiny   int16
	Active bool
}

type Tight struct {
	Count  int64
	Ratio  float32
	Tiny   int16
	Flag   bool
	Small  uint8
	Active bool
}

type Point struct{ X, Y int32 }

type Shape struct {
	Kind   byte
	Corner [3]Point
	Name   string
	Tags   []string
	Owner  *Shape
	Weight float64
	Hidden struct {
		A byte
		B uint64
	}
}

type Empty struct{}

type WithEmptyLast struct {
	N int32
	E Empty
}

func describe(name string, size, align uintptr) {
	fmt.Printf("%-14s size=%3d align=%d\n", name, size, align)
}

func main() {
	var l Loose
	var t Tight
	describe("Loose", unsafe.Sizeof(l), unsafe.Alignof(l))
	describe("Tight", unsafe.Sizeof(t), unsafe.Alignof(t))
	fmt.Println("Loose offsets:", unsafe.Offsetof(l.Flag), unsafe.Offsetof(l.Count), unsafe.Offsetof(l.Small),
		unsafe.Offsetof(l.Ratio), unsafe.Offsetof(l.Tiny), unsafe.Offsetof(l.Active))
	fmt.Println("Tight offsets:", unsafe.Offsetof(t.Count), unsafe.Offsetof(t.Ratio), unsafe.Offsetof(t.Tiny),
		unsafe.Offsetof(t.Flag), unsafe.Offsetof(t.Small), unsafe.Offsetof(t.Active))
	var s Shape
	describe("Shape", unsafe.Sizeof(s), unsafe.Alignof(s))
	fmt.Println("Shape offsets:", unsafe.Offsetof(s.Corner), unsafe.Offsetof(s.Name), unsafe.Offsetof(s.Tags),
		unsafe.Offsetof(s.Owner), unsafe.Offsetof(s.Weight), unsafe.Offsetof(s.Hidden), unsafe.Offsetof(s.Hidden.B))
	describe("Empty", unsafe.Sizeof(Empty{}), unsafe.Alignof(Empty{}))
	describe("WithEmptyLast", unsafe.Sizeof(WithEmptyLast{}), unsafe.Alignof(WithEmptyLast{}))
	describe("[5]Loose", unsafe.Sizeof([5]Loose{}), unsafe.Alignof([5]Loose{}))
	describe("[5]Tight", unsafe.Sizeof([5]Tight{}), unsafe.Alignof([5]Tight{}))
	describe("interface{}", unsafe.Sizeof(interface{}(nil)), unsafe.Alignof(interface{}(nil)))
	describe("complex128", unsafe.Sizeof(complex128(0)), unsafe.Alignof(complex128(0)))
	var ch chan int
	var m map[string]int
	var f func()
	fmt.Println(unsafe.Sizeof(ch), unsafe.Sizeof(m), unsafe.Sizeof(f), unsafe.Sizeof(s.Tags))
	saved := 1000 * (unsafe.Sizeof(l) - unsafe.Sizeof(t))
	fmt.Println("bytes saved per 1000 elements:", saved)
}
