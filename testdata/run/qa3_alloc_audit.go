// "Does this allocate?" -- counting heap allocations with runtime.MemStats
// the way a performance blog post would, for the everyday operations that
// Go programmers worry about. Each case runs many times and reports the
// average number of mallocs per run.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Point struct{ X, Y int }

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

var (
	sinkStr   string
	sinkBytes []byte
	sinkIface interface{}
	sinkShape Shape
	sinkPtr   *Point
	sinkInts  []int
	sinkMap   map[string]int
	sinkFunc  func() int
	sinkRunes []rune
)

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func measure(runs int, f func()) float64 {
	f() // warm up
	before := mallocs()
	for i := 0; i < runs; i++ {
		f()
	}
	after := mallocs()
	return float64(after-before) / float64(runs)
}

//go:noinline
func newPoint(x, y int) *Point { return &Point{x, y} }

//go:noinline
func pointValue(x, y int) Point { return Point{x, y} }

func main() {
	word := "gopher"
	n := 12345
	small := 7
	bs := []byte("bytes to convert")
	cases := []struct {
		name string
		f    func()
	}{
		{"value struct", func() { p := pointValue(1, 2); sinkInts = nil; _ = p }},
		{"pointer escapes", func() { sinkPtr = newPoint(1, 2) }},
		{"string concat", func() { sinkStr = word + "s" }},
		{"concat 3", func() { sinkStr = word + "-" + word }},
		{"Sprintf", func() { sinkStr = fmt.Sprintf("%s=%d", word, n) }},
		{"Itoa small", func() { sinkStr = strconv.Itoa(small) }},
		{"Itoa large", func() { sinkStr = strconv.Itoa(n) }},
		{"[]byte(s)", func() { sinkBytes = []byte(word) }},
		{"string(b)", func() { sinkStr = string(bs) }},
		{"string(b) compare", func() { sinkInts = nil; if string(bs) == word { sinkStr = "eq" } }},
		{"[]rune(s)", func() { sinkRunes = []rune(word) }},
		{"box small int", func() { sinkIface = small }},
		{"box large int", func() { sinkIface = n }},
		{"box string", func() { sinkIface = word }},
		{"box struct", func() { sinkShape = Rect{3, 4} }},
		{"box pointer", func() { sinkIface = sinkPtr }},
		{"make slice 8", func() { sinkInts = make([]int, 8) }},
		{"append grow x4", func() {
			var s []int
			for i := 0; i < 4; i++ {
				s = append(s, i)
			}
			sinkInts = s
		}},
		{"append prealloc", func() {
			s := make([]int, 0, 4)
			for i := 0; i < 4; i++ {
				s = append(s, i)
			}
			sinkInts = s
		}},
		{"map literal", func() { sinkMap = map[string]int{"a": 1} }},
		{"closure capture", func() { c := n; sinkFunc = func() int { return c } }},
		{"Builder 3 writes", func() {
			var b strings.Builder
			b.WriteString(word)
			b.WriteString(word)
			b.WriteString(word)
			sinkStr = b.String()
		}},
		{"Builder Grow", func() {
			var b strings.Builder
			b.Grow(3 * len(word))
			b.WriteString(word)
			b.WriteString(word)
			b.WriteString(word)
			sinkStr = b.String()
		}},
		{"strings.Join", func() { sinkStr = strings.Join([]string{word, word, word}, ",") }},
		{"strings.Split", func() { sinkInts = nil; _ = strings.Split("a,b,c", ",") }},
		{"ToUpper", func() { sinkStr = strings.ToUpper(word) }},
		{"ToLower no-op", func() { sinkStr = strings.ToLower(word) }},
		{"Repeat", func() { sinkStr = strings.Repeat(word, 3) }},
		{"nothing", func() {}},
	}

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(tw, "case\tallocs/op\t")
	for _, c := range cases {
		fmt.Fprintf(tw, "%s\t%.2f\t\n", c.name, measure(1000, c.f))
	}
	tw.Flush()
	fmt.Println(len(sinkStr), len(sinkBytes), sinkIface != nil, sinkShape.Area(), sinkPtr.X, len(sinkMap), sinkFunc(), len(sinkRunes))
}
