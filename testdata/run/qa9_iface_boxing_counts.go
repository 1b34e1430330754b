// Converting values to interface{}: small integers and single bytes come
// from a static table, zero-size values share one address, other values
// are copied to the heap. Counted with AllocsPerRun.
package main

import (
	"fmt"
	"testing"
)

type Pair struct{ A, B int }
type Empty struct{}
type Celsius float64

var sink interface{}

func box(v interface{}) { sink = v }

func main() {
	small, big := 7, 100000
	var b byte = 200
	s := "hello"
	p := Pair{1, 2}
	pp := &p
	f := 3.5
	c := Celsius(21.5)
	cases := []struct {
		name string
		f    func()
	}{
		{"small int", func() { box(small) }},
		{"big int", func() { box(big) }},
		{"byte", func() { box(b) }},
		{"bool", func() { box(true) }},
		{"string", func() { box(s) }},
		{"const string", func() { box("const") }},
		{"struct", func() { box(p) }},
		{"pointer", func() { box(pp) }},
		{"empty struct", func() { box(Empty{}) }},
		{"float", func() { box(f) }},
		{"named float", func() { box(c) }},
		{"nil slice", func() { box([]int(nil)) }},
		{"zero int", func() { box(0) }},
	}
	for _, tc := range cases {
		fmt.Printf("%-13s %v\n", tc.name, testing.AllocsPerRun(100, tc.f))
	}
	box(p)
	fmt.Println(sink, fmt.Sprintf("%T", sink))
}
