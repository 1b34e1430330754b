package main

import "fmt"

// A shaped struct value converted to an interface in an instance's body
// goes through a temporary of its shaped type (Box[go.shape.int_0]), which
// gc records in the function's debug information: that type's descriptor
// is written, and with it its fields' (Getter[go.shape.int_0], an
// interface with shapes, whose I.M wrapper -m=2 explains).

type Getter[T any] interface{ Get() T }

type Box[T any] struct {
	v T
	g Getter[T]
}

type konst[T any] struct{ x T }

func (k konst[T]) Get() T { return k.x }

func wrap[T any](v T) any { return Box[T]{v, konst[T]{v}} }

func keep[T any](v T, sink *[]any) {
	b := Box[T]{v: v}
	*sink = append(*sink, b)
}

func main() {
	var all []any
	all = append(all, wrap(1), wrap("one"))
	keep(2.5, &all)
	for _, a := range all {
		switch b := a.(type) {
		case Box[int]:
			fmt.Println("int", b.v, b.g.Get())
		case Box[string]:
			fmt.Println("string", b.v, b.g.Get())
		default:
			fmt.Printf("%T\n", a)
		}
	}
}
