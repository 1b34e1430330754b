// -m=2 of generic functions and methods used as values: gc numbers the
// .dictN/.rcvrN variables of the closures it builds, but a package-level
// closure's dictionary is a constant and takes no number, so the numbers
// of the functions' closures do not depend on the package's variables.
package main

import "fmt"

func id[T any](x T) T { return x }

type box[T any] struct{ v T }

func (b box[T]) get() T { return b.v }

var gid = id[int]
var gget = box[string].get

func values() int {
	f := id[int]
	b := box[int]{4}
	g := b.get
	return f(1) + g()
}

func genValues[T any](x T) T {
	f := id[T]
	b := box[T]{x}
	g := b.get
	_ = f(x)
	return g()
}

func main() {
	fmt.Println(gid(2), gget(box[string]{"s"}), values(), genValues("t"))
}
