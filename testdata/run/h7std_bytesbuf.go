// Embedding bytes.Buffer and bytes.Reader by value and by pointer.
package main

import (
	"bytes"
	"fmt"
	"io"
)

type out struct {
	bytes.Buffer
	lines int
}

type outP struct {
	*bytes.Buffer
}

type in struct {
	*bytes.Reader
}

type inV struct {
	bytes.Reader
}

func main() {
	o := &out{}
	var w io.Writer = o
	fmt.Fprintf(w, "a%d", 1)
	op := outP{new(bytes.Buffer)}
	w = op
	w.Write([]byte("b"))
	var r io.Reader = in{bytes.NewReader([]byte("xyz"))}
	buf := make([]byte, 2)
	n, _ := r.Read(buf)
	r = &inV{}
	_, err := r.Read(buf)
	fmt.Println(o.String(), op.String(), n, err)
}
