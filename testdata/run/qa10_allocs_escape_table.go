// A table of escape decisions measured with testing.AllocsPerRun: each
// function is small, and whether its values stay on the stack is exactly
// what `go build -gcflags=-m` reports for it.
package main

import (
	"fmt"
	"strings"
	"testing"
)

type Point struct{ X, Y int }

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

var (
	gp    *Point
	gs    []int
	gsh   Shape
	total int
	str   = "prefix"
)

//go:noinline
func newPoint(x, y int) *Point { return &Point{x, y} }

//go:noinline
func valuePoint(x, y int) Point { return Point{x, y} }

func pointerToGlobal()  { gp = &Point{1, 2} }
func pointerReturned()  { total += newPoint(1, 2).X }
func valueReturned()    { total += valuePoint(1, 2).X }
func localNew()         { p := new(Point); p.X = 3; total += p.X }
func constMake()        { s := make([]int, 16); s[3] = 1; total += s[3] }
func dynMake()          { s := make([]int, total%5+1); total += len(s) }
func bigConstMake()     { s := make([]byte, 70000); total += len(s) }
func sliceToGlobal()    { gs = make([]int, 4) }
func smallMap()         { m := map[string]int{"a": 1}; total += m["a"] }
func ifaceStore()       { gsh = Rect{2, 3} }
func ifaceLocal()       { var s Shape = Rect{2, 3}; total += s.Area() }
func closureLocal()     { n := 2; f := func() int { return n * 2 }; total += f() }
func concatSmall()      { s := str + "-x"; total += len(s) }
func concatBig()        { s := str + strings.Repeat("y", 40); total += len(s) }
func appendGrow()       { var s []int; for i := 0; i < 10; i++ { s = append(s, i) }; total += len(s) }
func appendPrealloc()   { s := make([]int, 0, 10); for i := 0; i < 10; i++ { s = append(s, i) }; total += len(s) }
func sprintf()          { total += len(fmt.Sprintf("%d", total)) }
func builderGrow()      { var b strings.Builder; b.Grow(32); b.WriteString("abc"); total += b.Len() }
func byteConvLocal()    { b := []byte(str); total += len(b) }
func arrayValue()       { var a [128]int; a[5] = 1; total += a[5] }

func main() {
	cases := []struct {
		name string
		f    func()
	}{
		{"pointer to global", pointerToGlobal},
		{"pointer returned", pointerReturned},
		{"value returned", valueReturned},
		{"local new", localNew},
		{"const make", constMake},
		{"dynamic make", dynMake},
		{"70000-byte make", bigConstMake},
		{"slice to global", sliceToGlobal},
		{"small map", smallMap},
		{"iface to global", ifaceStore},
		{"iface local", ifaceLocal},
		{"closure local", closureLocal},
		{"concat small", concatSmall},
		{"concat big", concatBig},
		{"append grow", appendGrow},
		{"append prealloc", appendPrealloc},
		{"sprintf", sprintf},
		{"builder grow", builderGrow},
		{"[]byte local", byteConvLocal},
		{"array value", arrayValue},
	}
	for _, c := range cases {
		fmt.Printf("%-18s %v\n", c.name, testing.AllocsPerRun(50, c.f))
	}
	fmt.Println(total > 0, gp.Y, len(gs), gsh.Area())
}
