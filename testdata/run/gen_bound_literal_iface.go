package main

// Constraint literals that mention type parameters (P interface{ *T; M() }):
// gc's dictionary writes the bound's descriptor as an interface of its
// methods only, with that interface's I.M wrappers (-m=2 explains their
// leaking .this); a bound call's closure has the constraint's signature
// over the shapes (Set(T): func(go.shape.*main.A_1, go.shape.struct {...}_0)).

import "fmt"

type Box[T any] struct{ v T }

type A struct{ v int }

func (a *A) Set(b A)     { *a = b }
func (a *A) Get() Box[A] { return Box[A]{*a} }
func (a *A) Reset()      { a.v = 0 }
func (a *A) Name() string { return fmt.Sprint("a", a.v) }

type B struct{ s string }

func (b *B) Reset()       { b.s = "" }
func (b *B) Name() string { return "b:" + b.s }

func Put[T any, PT interface {
	*T
	Set(T)
	Get() Box[T]
}](x T) PT {
	p := PT(&x)
	p.Set(x)
	return p
}

type Pool[T any, PT interface {
	*T
	Reset()
	Name() string
}] struct{ n int }

func (p *Pool[T, PT]) Put(x PT) string {
	x.Reset()
	p.n++
	return x.Name()
}

type L []int

func (l L) Len() int { return len(l) }

func Sum[S interface {
	~[]E
	Len() int
}, E ~int](s S) (E, int) {
	var t E
	for _, v := range s {
		t += v
	}
	return t, s.Len()
}

func main() {
	p := Put[A, *A](A{7})
	fmt.Println(p.v, p.Get().v)
	var pa Pool[A, *A]
	var pb Pool[B, *B]
	fmt.Println(pa.Put(&A{3}), pb.Put(&B{"x"}), pa.n, pb.n)
	fmt.Println(Sum(L{1, 2, 3}))
}
