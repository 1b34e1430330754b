// Counting heap allocations per call with testing.AllocsPerRun, the way a
// performance-minded Go programmer checks that escape analysis kept values
// on the stack: constructors, slices, closures, conversions and appends.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

type Vec struct{ X, Y, Z float64 }

func NewVec(x, y, z float64) *Vec { return &Vec{x, y, z} }

func (v Vec) Dot(o Vec) float64 { return v.X*o.X + v.Y*o.Y + v.Z*o.Z }

//go:noinline
func newVecNoInline(x float64) *Vec { return &Vec{x, x, x} }

var sink interface{}
var sinkVec *Vec
var sinkStr string
var sinkBytes []byte

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }

func main() {
	n := 16
	cases := []struct {
		name string
		f    func()
	}{
		{"inlined ctor", func() { v := NewVec(1, 2, 3); _ = v.Dot(*v) }},
		{"noinline ctor", func() { sinkVec = newVecNoInline(2) }},
		{"const make", func() { b := make([]byte, 32); b[0] = 1 }},
		{"var make", func() { b := make([]byte, n); sinkBytes = b }},
		{"iface small int", func() { sink = 7 }},
		{"iface big int", func() { sink = 1000 + n }},
		{"iface string", func() { sink = "const" }},
		{"concat", func() { sinkStr = "k" + strconv.Itoa(n) }},
		{"itoa small", func() { sinkStr = strconv.Itoa(5) }},
		{"itoa big", func() { sinkStr = strconv.Itoa(12345) }},
		{"byte conv", func() { sinkBytes = []byte("hello world") }},
		{"string conv", func() { b := []byte{'a', 'b'}; sinkStr = string(b) }},
		{"append grow", func() {
			var s []int
			for i := 0; i < 5; i++ {
				s = append(s, i)
			}
			sink = len(s)
		}},
		{"builder", func() {
			var b strings.Builder
			b.Grow(16)
			b.WriteString("abc")
			sinkStr = b.String()
		}},
		{"method value", func() {
			a := &Acc{}
			f := a.Add
			f(3)
		}},
		{"closure escape", func() {
			x := n
			sink = func() int { return x }
		}},
		{"map small", func() { m := map[int]int{1: 2}; sink = len(m) }},
		{"sprintf", func() { sinkStr = fmt.Sprintf("%d-%s", n, "x") }},
	}
	for _, c := range cases {
		fmt.Printf("%-16s %v\n", c.name, testing.AllocsPerRun(100, c.f))
	}
}
