package main

// A method value of a type parameter's value, the type argument an
// interface (Get[Named], Writer[io.ReadWriter]): gc's stenciler asserts
// the value to the constraint first (assertToBound), so -m prints
// `x.(Named).Name does not escape`, -m=2 explains `from x.(Named) (dot)`,
// the inline cost counts the assertion, and a nil value panics with the
// assertion's "interface conversion: interface is nil, not main.Named".

import (
	"bytes"
	"fmt"
	"io"
)

type Named interface{ Name() string }

type N string

func (n N) Name() string { return string(n) }

func Inner[T any](x T) T { return x }

//go:noinline
func Get[T Named](x T) string {
	f := x.Name
	return Inner(f())
}

//go:noinline
func Writer[W io.Writer](w W, s string) int {
	write := w.Write
	n, _ := write([]byte(s))
	return Inner(n)
}

func main() {
	fmt.Println(Get[Named](N("m")))
	var buf bytes.Buffer
	fmt.Println(Writer[io.ReadWriter](&buf, "abc"), Writer[io.Writer](&buf, "de"), buf.String())
	var nn Named
	defer func() { fmt.Println("recovered:", recover()) }()
	Get(nn)
}
