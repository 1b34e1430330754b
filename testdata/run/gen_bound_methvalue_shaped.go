package main

// Method values of type-parameter values whose constraint mentions type
// parameters: gc's stenciler converts the value to the constraint over the
// instance's shapes (interface { Get() go.shape.int_0 }, Getter[go.shape.int_0],
// or for P interface{ *T; Name() string } the interface { Name() string })
// and takes that interface's method value: `(<node EFACE>).Name escapes`,
// and the shaped interfaces' I.M wrappers at the end of -m=2.

import (
	"fmt"
	"strconv"
)

type Getter[T any] interface{ Get() T }

type Box struct{ n int }

func (b *Box) Get() int { return b.n }

type Str string

func (s Str) Get() string { return string(s) }

type Doc struct{ title string }

func (d *Doc) Name() string { return d.title }

func Later[T any, G interface{ Get() T }](g G) func() T {
	return g.Get
}

func Later2[T any, G Getter[T]](g G) func() T {
	return g.Get
}

func PtrLazy[T any, P interface {
	*T
	Name() string
}](x *T) func() string {
	return P(x).Name
}

func PtrLazy2[T any, P interface {
	*T
	Name() string
}](x P) func() string {
	return x.Name
}

func main() {
	f := Later[int](&Box{4})
	h := Later[string](Str("s"))
	k := Later2[int](&Box{5})
	fmt.Println(f(), h(), k(), strconv.Itoa(f()))
	fmt.Println(PtrLazy[Doc](&Doc{"z"})(), PtrLazy2[Doc](&Doc{"y"})())
}
