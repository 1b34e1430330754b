package main

import "io"

type R interface{ Read() int }
type RR interface {
	io.Reader
	R
}

func main() {
	var x interface {
		R
		io.ReadCloser
	}
	_ = x
}
