// A generic chunked arena: objects live in fixed-size []T chunks so
// pointers into a chunk stay valid when the arena grows; Reset keeps the
// first chunk.
package main

import "fmt"

const chunkLen = 8

type Arena[T any] struct {
	chunks [][]T
	used   int // in the last chunk
	allocs int
}

func (a *Arena[T]) New() *T {
	if len(a.chunks) == 0 || a.used == chunkLen {
		a.chunks = append(a.chunks, make([]T, chunkLen))
		a.used = 0
	}
	c := a.chunks[len(a.chunks)-1]
	p := &c[a.used]
	a.used++
	a.allocs++
	return p
}

func (a *Arena[T]) Reset() {
	if len(a.chunks) == 0 {
		return
	}
	first := a.chunks[0]
	var zero T
	for i := range first {
		first[i] = zero
	}
	for i := 1; i < len(a.chunks); i++ {
		a.chunks[i] = nil
	}
	a.chunks = a.chunks[:1]
	a.used = 0
}

func (a *Arena[T]) Each(f func(*T)) {
	for i, c := range a.chunks {
		n := len(c)
		if i == len(a.chunks)-1 {
			n = a.used
		}
		for j := 0; j < n; j++ {
			f(&c[j])
		}
	}
}

type Expr struct {
	op          byte
	val         int
	left, right *Expr
}

func build(a *Arena[Expr], depth, seed int) *Expr {
	e := a.New()
	if depth == 0 {
		e.op, e.val = 'n', seed%10
		return e
	}
	e.op = "+-*"[seed%3]
	e.left = build(a, depth-1, seed*7+1)
	e.right = build(a, depth-1, seed*3+2)
	return e
}

func eval(e *Expr) int {
	switch e.op {
	case '+':
		return eval(e.left) + eval(e.right)
	case '-':
		return eval(e.left) - eval(e.right)
	case '*':
		return eval(e.left) * eval(e.right)
	}
	return e.val
}

func Collect[T any, R any](a *Arena[T], f func(*T) R) []R {
	out := make([]R, 0, a.allocs)
	a.Each(func(p *T) { out = append(out, f(p)) })
	return out
}

func main() {
	var a Arena[Expr]
	root := build(&a, 4, 1)
	fmt.Println("nodes", a.allocs, "chunks", len(a.chunks), "value", eval(root))
	leaves := 0
	a.Each(func(e *Expr) {
		if e.op == 'n' {
			leaves++
		}
	})
	fmt.Println("leaves", leaves)
	ops := Collect(&a, func(e *Expr) byte { return e.op })
	fmt.Println(string(ops[:10]))
	a.Reset()
	fmt.Println("after reset", len(a.chunks), a.used, a.chunks[0][0].op == 0)
	var ints Arena[int]
	for i := 0; i < 20; i++ {
		*ints.New() = i * i
	}
	sq := Collect(&ints, func(p *int) string { return fmt.Sprint(*p) })
	fmt.Println(len(sq), sq[19], len(ints.chunks))
}
