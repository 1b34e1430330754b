package main

import "fmt"

// An interface value converted, in an instance, to a non-empty interface
// type that mentions a type parameter: gc's stenciler copies the value to
// a temporary and builds the result from the dictionary's type and the
// runtime's convI2I (<node EFACE>, 69 more nodes of inline cost).

type Fooer[T any] interface{ Foo() string }

type Barer[T any] interface {
	Foo() string
	Bar() T
}

type num int

func (n num) Foo() string { return fmt.Sprint("num ", int(n)) }
func (n num) Bar() int    { return int(n) * 2 }

type word struct{ s string }

func (w *word) Foo() string { return "word " + w.s }
func (w *word) Bar() string { return w.s + w.s }

var sink interface{ Foo() string }

func toFooer[T any](x interface{ Foo() string }) Fooer[T] {
	return x
}

func keep[T any](x interface{ Foo() string }) {
	var f Fooer[T] = x
	sink = f
}

func narrow[T any](b Barer[T]) Fooer[T] {
	return Fooer[T](b)
}

func each[T any](xs []interface{ Foo() string }, f func(Fooer[T]) string) []string {
	var out []string
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func later[T any](x interface{ Foo() string }) func() string {
	return func() string {
		var f Fooer[T] = x
		return f.Foo()
	}
}

func main() {
	fmt.Println(toFooer[int](num(1)).Foo())
	keep[string](&word{"k"})
	fmt.Println(sink.Foo())
	fmt.Println(narrow[int](num(3)).Foo(), narrow[string](&word{"n"}).Foo())
	xs := []interface{ Foo() string }{num(4), &word{"e"}}
	fmt.Println(each(xs, func(f Fooer[bool]) string { return f.Foo() }))
	fmt.Println(later[float64](num(5))())
}
