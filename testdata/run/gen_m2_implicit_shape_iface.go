package main

// An instance whose type argument is an interface (W = io.Writer) passes,
// returns or assigns a value of that shape (go.shape.interface { Write(...)
// ... }_0) where the interface itself is wanted: for gc's Assignop the
// types are identical but not the same, and between interfaces that is an
// OCONVIFACE: printed io.Writer(w), an "interface-converted" flow at -m=2,
// one more to the inline cost.  Only the explicit conversion (W2) is gc's
// free OCONVNOP.

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func W1[W io.Writer](w W, p string) {
	io.WriteString(w, p)
}

func W2[W io.Writer](w W, p string) {
	io.WriteString(io.Writer(w), p)
}

func W3[W io.Writer](w W) io.Writer {
	return w
}

func W4[W io.Writer](w W) {
	var x io.Writer
	x = w
	x.Write([]byte("d\n"))
}

type Describer interface{ Error() string }

func A[T any](v T) any             { return v }
func B[T error](v T) error         { return v }
func C[T Describer](v T) error     { return v }
func D[T Describer](v T) error     { return error(v) }
func F[T error](v T, e error) bool { var x error = v; return e == x }

func main() {
	var w io.Writer = os.Stdout
	W1(w, "a\n")
	W2(w, "b\n")
	W3(w).Write([]byte("c\n"))
	W4(w)
	var a any = 1
	var e error = errors.New("x")
	var d Describer = e
	fmt.Println(A(a), B(e), C(d), D(d), F(e, e), F(e, nil))
}
