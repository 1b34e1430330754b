package main

import (
	"fmt"
	"unsafe"
)

// unsafe.Offsetof in a generic body (Go's test/fixedbugs/issue53137.go):
// when the struct's size depends on the type parameters gc keeps the
// call, and -m=2 prints the selector through the embedded field
// (d.Embedded.B); a struct of fixed size folds to a constant, printed as
// written.

type Embedded struct {
	B int
}

type S[K any] struct {
	A K
	Embedded
}

type P[K any] struct {
	A *K
	Embedded
}

func showOffsets[K any](d *S[K]) bool {
	o1 := unsafe.Offsetof(d.B)
	o2 := unsafe.Offsetof(d.Embedded)
	return o1 == o2
}

func fixed[K any](p P[K]) uintptr {
	return unsafe.Offsetof(p.B) + unsafe.Offsetof(p.A)
}

func main() {
	fmt.Println(showOffsets(new(S[int])), showOffsets(new(S[[3]byte])))
	fmt.Println(fixed(P[string]{}))
}
