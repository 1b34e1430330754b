package main

import "fmt"

type A struct {
	X int `json:"x"`
}
type B struct{ X int }
type C struct {
	X int `json:"x,omitempty"`
}

func Show[T any](x T) string { return fmt.Sprintf("%v/%T", x, x) }

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

func main() {
	fmt.Println(Show(A{1}), Show(B{2}), Show(C{3}), Show(struct{ X int }{4}))
	fmt.Println(Show([]A{{5}}), Show([]B{{6}}))
	ba := &Box[A]{A{7}}
	bb := &Box[B]{B{8}}
	fmt.Println(ba.Get(), bb.Get())
	var i interface{ Get() A } = ba
	fmt.Println(i.Get())
}
