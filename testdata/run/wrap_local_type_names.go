// A method wrapper of an unnamed struct type is named with gc's symbol
// spelling of its receiver: every named type qualified, a type declared in
// a function with its number (struct { main.deep·1; *bytes.Buffer }.Grow
// in -m's "ignoring self-assignment" line), field names as written.
package main

import "bytes"

type T struct{ n int }

func (t *T) Get() int { return t.n }

func main() {
	type deep struct{}
	var x interface{ Get() int } = struct {
		*T
		k int
	}{&T{1}, 2}
	println(x.Get())
	var y interface{ Len() int } = struct {
		deep
		*bytes.Buffer
	}{deep{}, new(bytes.Buffer)}
	println(y.Len())
}
