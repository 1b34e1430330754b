// A method value of a type parameter's value whose type argument is not an
// interface (f := x.Name with T Named): gc converts the value to the
// constraint through the dictionary's itab and takes the interface's method
// value, (<node EFACE>).Name; the receiver escapes, and the itab makes gc
// write (*N).Name and Named.Name.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Named interface{ Name() string }

type N struct{ s string }

func (n N) Name() string { return n.s }

type P struct{ s string }

func (p *P) Name() string { return "p:" + p.s }

type Base struct{ id int }

func (b Base) Name() string { return fmt.Sprint("base", b.id) }

type Emb struct {
	Base
	extra int
}

func Get[T Named](x T) string {
	f := x.Name
	return f()
}

func All[T Named](xs []T) []func() string {
	var out []func() string
	for _, x := range xs {
		out = append(out, x.Name)
	}
	return out
}

func MV[W io.Writer](w W) func([]byte) (int, error) { return w.Write }

type Num int

func (n Num) Name() string { return fmt.Sprint("num", int(n)) }

func main() {
	fmt.Println(Get(N{"a"}), Get(&P{"b"}), Get(Emb{Base{3}, 0}), Get(Num(7)))
	for _, f := range All([]N{{"x"}, {"y"}}) {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var buf bytes.Buffer
	w := MV(&buf)
	w([]byte("hi"))
	var sb strings.Builder
	MV(&sb)([]byte("yo"))
	fmt.Println(buf.String(), sb.String())
}
