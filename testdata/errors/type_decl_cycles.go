package main

import "unsafe"

type Bad [len(Bad{})]int

type M map[string][len(M{})]int

type T struct {
	a [len(T{}.b)]int
	b [2]int
}

type U [unsafe.Sizeof(U{})]int

type W []struct{ a [len(W{})]int }

type S struct{ a [size]int }

const size = len(S{}.a)

var x V

type V [unsafe.Sizeof(x)]int

type G[T any] [len(G[T]{})]T

type OK struct {
	next *OK
	f    func() OK
}

var ok = OK{}

func main() {
	type L [cap(L{})]byte
	var l L
	_, _ = l, ok
}
