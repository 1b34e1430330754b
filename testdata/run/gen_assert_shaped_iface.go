package main

import "fmt"

// Type assertions to interface types that mention a type parameter: gc's
// stenciler reads the type from the dictionary (<node DYNAMICDOTTYPE>),
// and writes I.M wrappers for both the shaped and the concrete interface.

type Getter[T any] interface{ Get() T }

type box struct{ v int }

func (b box) Get() int     { return b.v }
func (b box) Name() string { return "box" }

type named string

func (n named) Get() string  { return string(n) }
func (n named) Name() string { return "named:" + string(n) }

func asGetter[T any](x any) interface{ Get() T } {
	return x.(interface{ Get() T })
}

func tryGetter[T any](x any) (T, bool) {
	g, ok := x.(interface {
		Get() T
		Name() string
	})
	if !ok {
		var zero T
		return zero, false
	}
	return g.Get(), true
}

func viaNamed[T any](x any) T {
	if g, ok := x.(Getter[T]); ok {
		return g.Get()
	}
	var zero T
	return zero
}

func main() {
	fmt.Println(asGetter[int](box{7}).Get())
	v, ok := tryGetter[int](box{8})
	fmt.Println(v, ok)
	s, ok := tryGetter[string](box{9})
	fmt.Printf("%q %v\n", s, ok)
	s, ok = tryGetter[string](named("n"))
	fmt.Println(s, ok)
	fmt.Println(viaNamed[int](box{10}), viaNamed[string](box{11}) == "")
	defer func() { fmt.Println("recovered:", recover()) }()
	asGetter[string](box{1})
}
