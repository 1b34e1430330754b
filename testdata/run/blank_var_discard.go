package main

import (
	"fmt"
	"io"
)

// Package-level `var _ = v`: gc's static initialization discards the
// ones without side effects (so -m says nothing about their literals),
// and runs the others (a call, a make with a size, a division by a
// variable) in order.

type W struct{ n int }

func (w *W) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }

var calls []string

func note(s string) int {
	calls = append(calls, s)
	return len(s)
}

var one = 1

var _ io.Writer = (*W)(nil)
var _ = map[string]*W{"a": {1}, "b": {2}}
var _ = []*W{{3}, {4}}
var _ = &W{5}
var _ = struct{ p *W }{&W{6}}
var _ = note("first")
var _ = make([]int, 10)
var _ = make(map[int]int)
var _ = 10 / one
var _ = [2]*W{{7}, nil}
var _ = note("second")

func main() {
	fmt.Println(calls)
	w := &W{}
	fmt.Fprint(w, "hello")
	fmt.Println(w.n)
}
