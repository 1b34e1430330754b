// A package variable holding a method value of a generic type's instance
// (var gv = xb.get): gc builds a package-level closure glob..funcN that
// reads the receiver from a global .rcvrN, numbered in declaration order
// among the functions' closures; it captures nothing, so it does not
// escape.  The receiver is copied when the variable is initialized.
package main

import "fmt"

type box[T any] struct{ v T }

func (b box[T]) get() T { return b.v }

func (b *box[T]) set(v T) { b.v = v }

func early() int {
	b := box[int]{1}
	g := b.get
	return g()
}

var xb = box[int]{5}
var gv = xb.get
var pb = &box[string]{"p"}
var ps = pb.set

func late() int {
	b := box[int]{2}
	g := b.get
	return g()
}

func main() {
	xb.v = 6
	ps("q")
	fmt.Println(early(), gv(), late(), xb.v, pb.v)
}
